import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFile } from '../src/data/validate';

export const RECORDS_DIR = 'data/records';
export const TRANSLATIONS_DIR = 'data/translations';

/** Reads every data/records/*.json file (or another folder's); a file that is not JSON becomes a problem, not a crash. */
export function readDataFiles(root: string, folder = RECORDS_DIR): { files: DataFile[]; unreadable: string[] } {
  const dir = join(root, folder);
  if (!existsSync(dir)) return { files: [], unreadable: [] };
  const files: DataFile[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    try {
      files.push({ file, content: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      unreadable.push(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { files, unreadable };
}
