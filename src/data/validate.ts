import type { z } from 'zod/mini';
import { serviceRecordSchema, type ServiceRecord } from './schema';

export interface DataFile {
  /** The file's path as a person would look for it, e.g. data/records/legal.json. */
  file: string;
  content: unknown;
}

export interface DataProblem {
  file: string;
  recordId: string;
  field: string;
  message: string;
}

export interface ValidatedDataset {
  records: ServiceRecord[];
  /** The same records, each with the file it came from. */
  located: { file: string; record: ServiceRecord }[];
  problems: DataProblem[];
}

export function validateDataset(files: readonly DataFile[]): ValidatedDataset {
  const records: ServiceRecord[] = [];
  const located: { file: string; record: ServiceRecord }[] = [];
  const problems: DataProblem[] = [];
  const fileOfId = new Map<string, string>();

  for (const { file, content } of files) {
    if (!Array.isArray(content)) {
      problems.push({ file, recordId: '-', field: '-', message: 'expected a JSON array of records' });
      continue;
    }
    content.forEach((raw: unknown, index) => {
      const recordId = describeRecord(raw, index);
      const id = rawId(raw);
      const firstFile = id === undefined ? undefined : fileOfId.get(id);
      if (id !== undefined && firstFile === undefined) fileOfId.set(id, file);
      if (firstFile !== undefined) {
        problems.push({ file, recordId, field: 'id', message: `duplicate id, first used in ${firstFile}` });
      }
      const parsed = serviceRecordSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => toProblem(file, recordId, issue)));
      } else if (firstFile === undefined) {
        records.push(parsed.data);
        located.push({ file, record: parsed.data });
      }
    });
  }
  return { records, located, problems };
}

export function formatProblem({ file, recordId, field, message }: DataProblem): string {
  return `${file}: record ${recordId}: ${field}: ${message}`;
}

/** Every id the files name, valid record or not. */
export function rawIds(files: readonly DataFile[]): Set<string> {
  return new Set(files.flatMap(({ content }) => (Array.isArray(content) ? content.flatMap((raw: unknown) => rawId(raw) ?? []) : [])));
}

function rawId(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' && raw.id !== '') {
    return raw.id;
  }
  return undefined;
}

function describeRecord(raw: unknown, index: number): string {
  const id = rawId(raw);
  return id === undefined ? `#${index + 1} (no id)` : `"${id}"`;
}

function toProblem(file: string, recordId: string, issue: z.core.$ZodIssue): DataProblem {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)';
  return { file, recordId, field, message: issue.message };
}
