import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { streetTableSchema } from '../../src/geo/geoSchemas';
import { gridPlacement } from '../import/gridPoint';
import { readBoundaries } from '../import/places';
import { applyCheck, type FieldProblem } from './applyCheck';
import { ASKED_FIELDS } from './checkLog';
import { appendCheck, readCheckLog } from './checkLogFile';
import { checkInputSchema } from './checkInput';
import { factOf, FIELD_HINTS } from './facts';
import { checkQueue, queueCounts } from './queue';
import { diffRecords, formatDiff } from './recordDiff';
import { loadStore, saveRecord } from './recordStore';

/**
 * What the workbench's page asks of the data folder, as plain functions of it (the HTTP layer is a thin
 * wrapper), so tests can drive every step against a fixture folder.
 */
export function workbenchState(root: string, today: string) {
  const store = loadStore(root);
  const log = readCheckLog(root);
  const checks = log.ok ? log.entries : [];
  const problems = log.ok ? store.problems : [...store.problems, log.problem];
  const queue = checkQueue(store.records.map(({ record }) => record), checks, today);
  return { today, queue, counts: queueCounts(queue), problems };
}

export function listingDetail(root: string, id: string) {
  const stored = loadStore(root).records.find((candidate) => candidate.record.id === id);
  if (!stored) return undefined;
  const { record, version, file } = stored;
  const log = readCheckLog(root);
  return {
    id,
    file,
    version,
    record,
    facts: ASKED_FIELDS.map((field) => ({ ...factOf(record, field), hint: FIELD_HINTS[field] })),
    checks: log.ok ? log.entries.filter((entry) => entry.id === id) : [],
  };
}

function placer(root: string) {
  const table = streetTableSchema.parse(JSON.parse(readFileSync(join(root, 'data/geo/streets.json'), 'utf8')));
  const boundaries = readBoundaries(root);
  return (location: Parameters<typeof gridPlacement>[0]) => gridPlacement(location, table, boundaries);
}

export type CheckResult =
  | { status: 'saved' | 'preview'; diff: string; logged: boolean; version?: string }
  | { status: 'invalid'; problems: FieldProblem[] }
  | { status: 'conflict'; theirs: unknown; yours: unknown }
  | { status: 'refused'; message: string };

/**
 * A call's answers turned into the record's next version: shown as a diff (`write` false), or written
 * to its file and logged in data/checks.json (`write` true). Nothing is written unless all of it is valid.
 */
export function submitCheck(root: string, body: unknown, write: boolean): CheckResult {
  const parsed = checkInputSchema.safeParse(body);
  if (!parsed.success) {
    return { status: 'invalid', problems: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })) };
  }
  const input = parsed.data;
  const stored = loadStore(root).records.find((candidate) => candidate.record.id === input.id);
  if (!stored) return { status: 'refused', message: `No valid listing "${input.id}" in data/records: it may be in a file that does not read, or have been removed.` };
  const applied = applyCheck(stored.raw, stored.record, input, placer(root));
  if (applied.problems.length > 0) return { status: 'invalid', problems: applied.problems };
  const diff = applied.next
    ? formatDiff(diffRecords(new Map([[stored.file, [stored.raw]]]), new Map([[stored.file, [applied.next]]])), 'the file')
    : `No change to the listing: the call (${applied.entry.outcome}) is logged in data/checks.json.`;
  if (!write) return { status: 'preview', diff, logged: applied.next === undefined };
  let version = stored.version;
  if (applied.next) {
    const saved = saveRecord(root, input.id, input.version, applied.next);
    if (!saved.ok && saved.reason === 'conflict') return { status: 'conflict', theirs: saved.theirs, yours: saved.yours };
    if (!saved.ok && saved.reason === 'invalid') return { status: 'invalid', problems: saved.problems.map(({ field, message }) => ({ field, message })) };
    if (!saved.ok) return { status: 'refused', message: 'message' in saved ? saved.message : 'not saved' };
    version = saved.version;
  }
  const log = appendCheck(root, applied.entry);
  if (!log.ok) return { status: 'refused', message: `The listing was saved, but the call could not be logged: ${log.problem}` };
  return { status: 'saved', diff, logged: true, version };
}
