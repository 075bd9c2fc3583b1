import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

export type CsvRow = Record<string, string>;

/** Reads a CSV with a header row; a repeated header name gets a suffix ("Address", "Address 2"). */
export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'));
}

export function parseCsv(text: string): CsvRow[] {
  return parse(text, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    columns: (header: string[]) => {
      const seen = new Map<string, number>();
      return header.map((name) => {
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name} ${count}`;
      });
    },
  });
}
