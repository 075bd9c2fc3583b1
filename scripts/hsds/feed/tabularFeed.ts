import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseCsv } from '../../import/csv';
import type { HsdsObject, HsdsValue } from '../serviceToHsds';
import type { TableSchema } from '../tabular';

type Rows = Map<string, HsdsObject[]>;

/** A cell as its datapackage type: numbers as numbers, an empty cell left out. */
function rowOf(table: TableSchema, cells: Readonly<Record<string, string>>, line: number, problems: string[]): HsdsObject {
  const row: HsdsObject = {};
  for (const field of table.fields) {
    const text = (cells[field.name] ?? '').trim();
    if (text === '') continue;
    if (field.type === 'number') {
      const value = Number(text);
      if (Number.isNaN(value)) problems.push(`${table.path} line ${line} (id ${cells.id ?? '?'}): ${field.name} "${text}" is not a number`);
      else row[field.name] = value;
    } else row[field.name] = text;
  }
  return row;
}

function headerOf(text: string): string[] {
  const [first]: unknown[] = parse(text, { bom: true, to_line: 1 });
  return Array.isArray(first) ? first.map((name) => String(name).trim()) : [];
}

/** Every table file the folder holds, read against the specification's columns: a missing required column refuses the file. */
function readTables(folder: string, tables: readonly TableSchema[], problems: string[]): Rows {
  const rows: Rows = new Map();
  for (const table of tables) {
    const file = join(folder, table.path);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const header = headerOf(text);
    const missing = table.fields.filter((field) => field.required && !header.includes(field.name));
    if (missing.length > 0) {
      problems.push(`${table.path}: the column${missing.length > 1 ? 's' : ''} ${missing.map((field) => `"${field.name}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
      continue;
    }
    rows.set(table.name, parseCsv(text).map((cells, index) => rowOf(table, cells, index + 2, problems)));
  }
  return rows;
}

function groupBy(rows: readonly HsdsObject[] | undefined, key: string): Map<string, HsdsObject[]> {
  const groups = new Map<string, HsdsObject[]>();
  for (const row of rows ?? []) {
    const value = row[key];
    if (typeof value !== 'string') continue;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  return groups;
}

const byId = (rows: readonly HsdsObject[] | undefined) => new Map((rows ?? []).flatMap((row): [string, HsdsObject][] => (typeof row.id === 'string' ? [[row.id, row]] : [])));
const text = (value: HsdsValue | undefined): string => (typeof value === 'string' ? value : '');

/**
 * The tabular form put back together as compiled services, joined on the ids the tables name; what
 * cannot be read (a missing column, a number that is not one) is a problem naming the file and line.
 */
export function servicesFromTables(folder: string, tables: readonly TableSchema[]): { services: HsdsObject[]; problems: string[] } {
  const problems: string[] = [];
  const rows = readTables(folder, tables, problems);
  if (!rows.has('service')) return { services: [], problems: problems.length > 0 ? problems : ['services.csv is missing: a tabular feed needs it'] };
  const organizations = byId(rows.get('organization'));
  const locations = byId(rows.get('location'));
  const terms = byId(rows.get('taxonomy_term'));
  const taxonomies = byId(rows.get('taxonomy'));
  const serviceRows = (table: string) => groupBy(rows.get(table), 'service_id');
  const [phones, schedules, languages, documents, costs, placements] = ['phone', 'schedule', 'language', 'required_document', 'cost_option', 'service_at_location'].map(serviceRows);
  const addresses = groupBy(rows.get('address'), 'location_id');
  const attributes = groupBy(rows.get('attribute'), 'link_id');
  const metadata = groupBy(rows.get('metadata'), 'resource_id');
  const withTaxonomy = (term: HsdsObject): HsdsObject => {
    const taxonomy = taxonomies.get(text(term.taxonomy_id));
    return taxonomy ? { ...term, taxonomy_detail: taxonomy } : term;
  };
  const services = (rows.get('service') ?? []).map((service): HsdsObject => {
    const id = text(service.id);
    const organization = organizations.get(text(service.organization_id));
    return {
      ...service,
      ...(organization ? { organization } : {}),
      phones: phones?.get(id) ?? [],
      schedules: schedules?.get(id) ?? [],
      service_at_locations: (placements?.get(id) ?? []).map((placement) => {
        const location = locations.get(text(placement.location_id));
        return location ? { ...placement, location: { ...location, addresses: addresses.get(text(location.id)) ?? [] } } : placement;
      }),
      languages: languages?.get(id) ?? [],
      cost_options: costs?.get(id) ?? [],
      attributes: (attributes.get(id) ?? []).map((attribute) => {
        const term = terms.get(text(attribute.taxonomy_term_id));
        return term ? { ...attribute, taxonomy_term: withTaxonomy(term) } : attribute;
      }),
      metadata: metadata.get(id) ?? [],
      required_documents: documents?.get(id) ?? [],
    };
  });
  return { services, problems };
}
