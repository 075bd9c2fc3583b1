import { readDataFiles } from '../../scripts/readDataFiles';
import type { ServiceRecord } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';

const allRecords: ServiceRecord[] = validateDataset(readDataFiles(process.cwd()).files).records;

/** The listings the app shows: defunct ones stay in data/ for the record only. */
export const realRecords: ServiceRecord[] = allRecords.filter((record) => record.status !== 'defunct');

/** Closed places, and listings that carry the ids of others merged into them: what old links name. */
export const defunctRecords: ServiceRecord[] = allRecords.filter((record) => record.status === 'defunct');
export const mergedRecords: ServiceRecord[] = realRecords.filter((record) => (record.formerIds ?? []).length > 0);

function countBy(key: (record: ServiceRecord) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of realRecords) counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
  return counts;
}

/**
 * A mapped record of the category with a name or organization no other record shares,
 * and that text as the query that must put it first.
 */
export function distinctiveRecord(category: ServiceRecord['categories'][number]): { record: ServiceRecord; query: string } {
  const organizations = countBy((record) => record.organization.name);
  const names = countBy((record) => record.name);
  for (const record of realRecords) {
    if (!record.categories.includes(category) || !record.location?.point) continue;
    if (organizations.get(record.organization.name) === 1) return { record, query: record.organization.name };
    if (names.get(record.name) === 1) return { record, query: record.name };
  }
  throw new Error(`The data has no distinctive mapped ${category} record to test with.`);
}
