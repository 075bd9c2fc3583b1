import { serviceRecordSchema, type ServiceRecord, type ServiceRecordInput } from '../../src/data/schema';

type Field = keyof ServiceRecordInput;

/** Fields that belong to another: a curated status keeps its closure too. */
const PART_OF: Partial<Record<Field, string>> = { temporaryClosure: 'status', closedOn: 'status' };

/**
 * Folds a fresh import into the records already in its file. The import overwrites the fields it
 * produces, except those a person listed in `curatedFields`; every other field a person added stays,
 * and so do sources other than the import's own.
 */
export function mergeWithExisting(
  imported: readonly ServiceRecordInput[],
  existing: readonly unknown[],
): { records: ServiceRecordInput[]; dropped: string[] } {
  const existingById = new Map<string, ServiceRecord>();
  for (const raw of existing) {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (parsed.success) existingById.set(parsed.data.id, parsed.data);
  }
  const importedIds = new Set(imported.map((record) => record.id));
  const records = imported.map((fresh) => {
    const current = existingById.get(fresh.id);
    return current ? mergeRecord(current, fresh) : fresh;
  });
  const dropped = [...existingById.keys()].filter((id) => !importedIds.has(id));
  records.sort((a, b) => a.id.localeCompare(b.id));
  return { records, dropped };
}

function mergeRecord(current: ServiceRecord, fresh: ServiceRecordInput): ServiceRecordInput {
  const curated = new Set<string>(current.curatedFields ?? []);
  const merged: ServiceRecordInput = { ...current };
  for (const field of Object.keys(fresh).filter(isField)) {
    if (field === 'sources' || field === 'verified' || field === 'id' || curated.has(field) || curated.has(PART_OF[field] ?? '')) continue;
    Object.assign(merged, { [field]: fresh[field] });
  }
  const freshSourceNames = new Set(fresh.sources.map((source) => source.name));
  merged.sources = [...fresh.sources, ...current.sources.filter((source) => !freshSourceNames.has(source.name))];
  merged.verified = current.verified.date > fresh.verified.date ? current.verified : fresh.verified;
  return merged;
}

function isField(key: string): key is Field {
  return key in serviceRecordSchema.shape;
}
