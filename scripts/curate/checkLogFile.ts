import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_LOG_FILE, checkLogSchema, type CheckEntry } from './checkLog';
import { writeStable } from './recordStore';

export type ReadLog = { ok: true; entries: CheckEntry[] } | { ok: false; problem: string };

/** data/checks.json, or an empty log where there is none yet; a broken log is named, never overwritten. */
export function readCheckLog(root: string): ReadLog {
  const path = join(root, CHECK_LOG_FILE);
  if (!existsSync(path)) return { ok: true, entries: [] };
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, problem: `${CHECK_LOG_FILE} is not valid JSON (${error instanceof Error ? error.message : String(error)}): fix it by hand` };
  }
  const parsed = checkLogSchema.safeParse(content);
  if (parsed.success) return { ok: true, entries: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${CHECK_LOG_FILE}: entry ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
}

export function appendCheck(root: string, entry: CheckEntry): ReadLog {
  const log = readCheckLog(root);
  if (!log.ok) return log;
  const entries = [...log.entries, entry];
  writeStable(join(root, CHECK_LOG_FILE), entries);
  return { ok: true, entries };
}
