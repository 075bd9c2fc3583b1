import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceRecord } from '../../src/data/schema';
import { validateDataset, type DataFile, type DataProblem } from '../../src/data/validate';
import { RECORDS_DIR } from '../readDataFiles';

export interface StoredRecord {
  file: string;
  raw: Record<string, unknown>;
  record: ServiceRecord;
  version: string;
}

export interface Store {
  records: StoredRecord[];
  /** Files that could not be read, with the line where the JSON breaks, and records that fail the schema. */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short fingerprint of a record as the file holds it: if it differs at save time, someone else saved first. */
export function recordVersion(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex').slice(0, 16);
}

/** "line 12, column 5" for the character offset in a JSON error, which is what an editor can go to. */
function whereInText(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  if (Number.isNaN(position)) return message;
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

export type ReadFile = { ok: true; content: unknown[] } | { ok: false; problem: string };

export function readRecordFile(root: string, file: string): ReadFile {
  const text = readFileSync(join(root, file), 'utf8');
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${file} is not valid JSON at ${whereInText(text, error)}. Fix it by hand; the workbench will not overwrite it.` };
  }
  return Array.isArray(content) ? { ok: true, content } : { ok: false, problem: `${file} is not a JSON array of records` };
}

export function recordFileNames(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => `${RECORDS_DIR}/${name}`) : [];
}

export function loadStore(root: string): Store {
  const problems: string[] = [];
  const files: DataFile[] = [];
  for (const file of recordFileNames(root)) {
    const read = readRecordFile(root, file);
    if (read.ok) files.push({ file, content: read.content });
    else problems.push(read.problem);
  }
  const { located, problems: invalid } = validateDataset(files);
  problems.push(...invalid.map(({ file, recordId, field, message }) => `${file}: record ${recordId}: ${field}: ${message}`));
  const rawById = new Map(files.flatMap(({ content }) => (Array.isArray(content) ? content.filter(isObject).map((raw): [unknown, Record<string, unknown>] => [raw.id, raw]) : [])));
  const records = located.flatMap(({ file, record }) => {
    const raw = rawById.get(record.id);
    return raw ? [{ file, raw, record, version: recordVersion(raw) }] : [];
  });
  return { records, problems };
}

export type SaveResult =
  | { ok: true; file: string; version: string }
  | { ok: false; reason: 'conflict'; theirs: Record<string, unknown>; yours: Record<string, unknown> }
  | { ok: false; reason: 'invalid'; problems: DataProblem[] }
  | { ok: false; reason: 'unreadable' | 'missing'; message: string };

/**
 * Replaces one record in its file, only if nobody changed it since `baseVersion` and the whole dataset
 * still validates with the same schema as `npm run validate:data`. Written with the files' own
 * formatting (two-space JSON, a final newline), through a temporary file, so a crash leaves the old one.
 */
export function saveRecord(root: string, id: string, baseVersion: string, next: Record<string, unknown>): SaveResult {
  const files: DataFile[] = [];
  let target: { file: string; content: unknown[]; index: number } | undefined;
  for (const file of recordFileNames(root)) {
    const read = readRecordFile(root, file);
    if (!read.ok) {
      const holds = readFileSync(join(root, file), 'utf8').includes(`"${id}"`);
      if (holds) return { ok: false, reason: 'unreadable', message: read.problem };
      continue;
    }
    const index = read.content.findIndex((raw) => isObject(raw) && raw.id === id);
    if (index !== -1) target = { file, content: read.content, index };
    files.push({ file, content: read.content });
  }
  if (!target) return { ok: false, reason: 'missing', message: `No listing "${id}" in ${RECORDS_DIR}: it may have been renamed or removed since you opened it.` };
  const current = target.content[target.index];
  if (!isObject(current)) return { ok: false, reason: 'missing', message: `The record "${id}" is not an object` };
  if (recordVersion(current) !== baseVersion) return { ok: false, reason: 'conflict', theirs: current, yours: next };
  const content = target.content.map((raw, index) => (index === target.index ? next : raw));
  const checked = validateDataset(files.map((file) => (file.file === target.file ? { file: file.file, content } : file)));
  const problems = checked.problems.filter((problem) => problem.recordId === `"${id}"`);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  writeStable(join(root, target.file), content);
  return { ok: true, file: target.file, version: recordVersion(next) };
}

export function writeStable(path: string, value: unknown): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}
