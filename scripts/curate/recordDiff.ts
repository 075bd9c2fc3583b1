import { isClosedStatus } from '../../src/data/vocabulary';
/** What changed in the listings between two versions of data/records, field by field, for a second reader. */

interface RawRecord {
  id: string;
  [field: string]: unknown;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  kind: 'new' | 'removed' | 'closed' | 'reopened' | 'changed';
  id: string;
  file: string;
  name: string;
  fields: FieldChange[];
}

export type RecordFiles = ReadonlyMap<string, readonly unknown[]>;

function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}

function byId(files: RecordFiles): Map<string, { file: string; record: RawRecord }> {
  const found = new Map<string, { file: string; record: RawRecord }>();
  for (const [file, records] of files) for (const record of records) if (isRecord(record)) found.set(record.id, { file, record });
  return found;
}

const nameOf = (record: RawRecord): string => (typeof record.name === 'string' ? record.name : record.id);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: RawRecord, after: RawRecord): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.filter((field) => !same(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}

const isClosed = (record: RawRecord): boolean => typeof record.status === 'string' && isClosedStatus(record.status);

/** Every listing added, removed, closed, reopened or changed, in file and id order. */
export function diffRecords(before: RecordFiles, after: RecordFiles): RecordChange[] {
  const old = byId(before);
  const now = byId(after);
  const changes: RecordChange[] = [];
  for (const [id, { file, record }] of now) {
    const previous = old.get(id)?.record;
    if (!previous) {
      changes.push({ kind: 'new', id, file, name: nameOf(record), fields: [] });
      continue;
    }
    const fields = fieldChanges(previous, record);
    if (fields.length === 0) continue;
    const kind = isClosed(record) && !isClosed(previous) ? 'closed' : !isClosed(record) && isClosed(previous) ? 'reopened' : 'changed';
    changes.push({ kind, id, file, name: nameOf(record), fields });
  }
  for (const [id, { file, record }] of old) {
    if (!now.has(id)) changes.push({ kind: 'removed', id, file, name: nameOf(record), fields: [] });
  }
  return changes.sort((a, b) => a.file.localeCompare(b.file) || a.id.localeCompare(b.id));
}

const MAX_VALUE = 200;

function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A list (sources, phones) as the items taken out and put in; anything else as before and after. */
function valueLines(before: unknown, after: unknown): string[] {
  if (typeof before === 'string' && typeof after === 'string') {
    // Long texts: from a little before the first difference, so the change is on screen.
    let first = 0;
    while (first < before.length && before[first] === after[first]) first += 1;
    const from = Math.max(0, first - 60);
    const mark = from > 0 ? '…' : '';
    return [`    before: ${mark}${shown(before.slice(from))}`, `    after:  ${mark}${shown(after.slice(from))}`];
  }
  if (!Array.isArray(before) || !Array.isArray(after)) return [`    before: ${shown(before)}`, `    after:  ${shown(after)}`];
  const keys = (items: readonly unknown[]) => new Set(items.map((item) => JSON.stringify(item)));
  const had = keys(before);
  const has = keys(after);
  const removed = before.filter((item) => !has.has(JSON.stringify(item))).map((item) => `    - ${shown(item)}`);
  const added = after.filter((item) => !had.has(JSON.stringify(item))).map((item) => `    + ${shown(item)}`);
  return removed.length + added.length > 0 ? [...removed, ...added] : ['    (same items, new order)'];
}

/** The changes as plain text: a heading per listing, then each field before and after. */
export function formatDiff(changes: readonly RecordChange[], ref: string): string {
  if (changes.length === 0) return `No listing changed since ${ref}.`;
  const count = (kind: RecordChange['kind']) => changes.filter((change) => change.kind === kind).length;
  const lines = [
    `Since ${ref}: ${count('new')} new, ${count('changed')} changed, ${count('closed')} closed, ${count('reopened')} reopened, ${count('removed')} removed.`,
  ];
  for (const change of changes) {
    lines.push('', `${change.kind.toUpperCase()} ${change.id} (${change.file}): ${change.name}`);
    for (const { field, before, after } of change.fields) lines.push(`  ${field}:`, ...valueLines(before, after));
  }
  return lines.join('\n');
}
