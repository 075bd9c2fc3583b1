import { stringify } from 'csv-stringify/sync';
import type { HsdsObject, HsdsValue } from './serviceToHsds';

/** One table of the tabular form: its file and the fields datapackage.json gives it, in order. */
export interface TableSchema {
  name: string;
  path: string;
  fields: readonly { name: string; type?: string; format?: string; required: boolean }[];
}

/** Where each nested part of a compiled service goes in the tabular form. */
export const NESTED: Readonly<Record<string, string>> = {
  organization: 'organization',
  phones: 'phone',
  schedules: 'schedule',
  service_at_locations: 'service_at_location',
  location: 'location',
  addresses: 'address',
  languages: 'language',
  required_documents: 'required_document',
  cost_options: 'cost_option',
  attributes: 'attribute',
  taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
  metadata: 'metadata',
};

function isObject(value: HsdsValue | undefined): value is HsdsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every row of every table that a set of compiled services holds, each entity once. */
export function rowsByTable(services: readonly HsdsObject[]): Map<string, Map<string, HsdsObject>> {
  const tables = new Map<string, Map<string, HsdsObject>>();
  const add = (table: string, row: HsdsObject) => {
    const rows = tables.get(table) ?? new Map<string, HsdsObject>();
    rows.set(String(row.id), row);
    tables.set(table, rows);
    for (const [key, value] of Object.entries(row)) {
      const nested = NESTED[key];
      if (!nested) continue;
      for (const part of Array.isArray(value) ? value : [value]) if (isObject(part)) add(nested, part);
    }
  };
  for (const service of services) add('service', service);
  return tables;
}

function cell(value: HsdsValue | undefined): string {
  if (value === undefined || value === null || typeof value === 'object') return '';
  return String(value);
}

/** A table as CSV: the datapackage's header and one line per row, nested parts left to their own tables. */
export function tableCsv(table: TableSchema, rows: Iterable<HsdsObject>): string {
  const names = table.fields.map(({ name }) => name);
  return stringify([names, ...[...rows].map((row) => names.map((name) => cell(row[name])))]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a table's rows break of its datapackage schema: a required field left empty, an id that is no UUID. */
export function tableProblems(table: TableSchema, rows: Iterable<HsdsObject>): string[] {
  return [...rows].flatMap((row) =>
    table.fields.flatMap(({ name, format, required }) => {
      const value = cell(row[name]);
      if (required && value === '') return [`${table.path} row ${cell(row.id)}: ${name} is required`];
      if (format === 'uuid' && value !== '' && !UUID.test(value)) return [`${table.path} row ${cell(row.id)}: ${name} is not a UUID`];
      return [];
    }),
  );
}
