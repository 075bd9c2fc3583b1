import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ServiceRecordInput } from '../../src/data/schema';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { mergeWithExisting } from './merge';

export interface SkippedRow {
  row: string;
  reason: string;
}

export interface ImportResult {
  records: ServiceRecordInput[];
  skipped: SkippedRow[];
}

/**
 * Merges with the file's hand-curated fields, validates everything, and only then replaces the file:
 * either the whole import lands or nothing does.
 */
export function writeImport(outputPath: string, { records, skipped }: ImportResult): void {
  const existing: unknown = existsSync(outputPath) ? JSON.parse(readFileSync(outputPath, 'utf8')) : [];
  const merged = mergeWithExisting(records, Array.isArray(existing) ? existing : []);
  const { problems } = validateDataset([{ file: outputPath, content: merged.records }]);
  for (const { row, reason } of skipped) console.error(`skipped ${row}: ${reason}`);
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'));
    console.error(`\nNothing written: ${problems.length} problem(s).`);
    process.exit(1);
  }
  const temporary = `${outputPath}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(merged.records.map(withoutDefaults), null, 2)}\n`);
  renameSync(temporary, outputPath);
  for (const id of merged.dropped) console.error(`dropped ${id}: no longer in the source`);
  console.log(`${merged.records.length} records written to ${outputPath}; ${skipped.length} rows skipped.`);
}

/** The schema fills these in when reading; leaving them out keeps files small and re-imports byte-identical. */
function withoutDefaults(record: ServiceRecordInput): ServiceRecordInput {
  const { languages, services, phones, status, ...rest } = record;
  return {
    ...rest,
    ...(languages && languages.length > 0 ? { languages } : {}),
    ...(services && services.length > 0 ? { services } : {}),
    ...(phones && phones.length > 0 ? { phones } : {}),
    ...(status && status !== 'active' ? { status } : {}),
  };
}

/** Validates a hand-curated file's updated records and only then writes them back; a bad result stops the script. */
export function rewriteRecordsFile(file: string, updated: readonly unknown[]): void {
  const { problems } = validateDataset([{ file, content: updated }]);
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
}

export function requireArguments(usage: string, count: number): string[] {
  const args = process.argv.slice(2);
  if (args.length < count) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  return args;
}
