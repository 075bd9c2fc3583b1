import type { ServiceRecord } from '../../src/data/schema';
import { datapackageTables } from './datapackageTables';
import { organizationsOf, serviceToHsds, type HsdsObject } from './serviceToHsds';
import { rowsByTable, tableCsv, tableProblems } from './tabular';
import { allTerms } from './taxonomy';
import { serviceChecker } from './validateHsds';

/** Listed in the app as they are: closed and inactive listings stay out of the open data. */
export function publishedRecords(records: readonly ServiceRecord[]): ServiceRecord[] {
  return records.filter((record) => record.status === 'active' || record.status === 'temporarily-closed');
}

export interface ExportedDataset {
  /** File name under hsds/ → its text. */
  files: Map<string, string>;
  /** What does not validate, naming the file, the listing and the path. */
  problems: string[];
  services: number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/**
 * The published listings as an Open Referral HSDS 3.0 dataset: one compiled service per file, an index
 * with each listing's sources and dates, and the tabular form with its datapackage.json, all checked.
 */
export function exportDataset(allRecords: readonly ServiceRecord[], root = process.cwd()): ExportedDataset {
  const records = publishedRecords(allRecords);
  const check = serviceChecker(root);
  const files = new Map<string, string>();
  const problems: string[] = [];
  const organizations = organizationsOf(records);
  const services: HsdsObject[] = [];
  const index = records.map((record) => {
    const service = serviceToHsds(record, organizations.get(record.organization.name));
    services.push(service);
    const file = `services/${String(service.id)}.json`;
    problems.push(...check(service).map((problem) => `hsds/${file} (listing ${record.id}): ${problem}`));
    files.set(file, json(service));
    const sources = record.sources.map(({ name, url, date }) => ({ name, url, date }));
    return { id: service.id, name: record.name, file, assured_date: service.assured_date ?? null, sources };
  });
  const { tables, datapackage } = datapackageTables(root);
  const rows = rowsByTable(services);
  // The whole taxonomy, not only the terms in use, so a reader can map every code.
  for (const term of allTerms()) rows.get('taxonomy_term')?.set(String(term.id), term);
  const written = tables.filter(({ name }) => rows.has(name));
  for (const table of written) {
    const tableRows = [...(rows.get(table.name)?.values() ?? [])];
    problems.push(...tableProblems(table, tableRows));
    files.set(table.path, tableCsv(table, tableRows));
  }
  files.set('datapackage.json', json(packageOf(datapackage, written.map(({ name }) => name))));
  const updated = records.map((record) => record.verified.date).filter((date) => /^\d{4}/.test(date)).sort().at(-1) ?? null;
  files.set('index.json', json({ specification: 'Open Referral HSDS 3.0 (compiled service)', newest_listing_date: updated, count: index.length, services: index }));
  return { files, problems, services: services.length };
}

/**
 * The specification's datapackage.json cut to the tables written, named as this project's: its table
 * schemas are the specification's (CC BY-SA 4.0), and no licence is claimed for the listings here.
 */
function packageOf(datapackage: unknown, names: readonly string[]): unknown {
  if (typeof datapackage !== 'object' || datapackage === null || !('resources' in datapackage) || !Array.isArray(datapackage.resources)) return datapackage;
  const resources: unknown[] = datapackage.resources.filter((resource: unknown) => typeof resource === 'object' && resource !== null && 'name' in resource && typeof resource.name === 'string' && names.includes(resource.name));
  return {
    profile: 'tabular-data-package',
    name: 'chicago-help-map',
    title: 'Chicago Help Map listings (Open Referral HSDS 3.0)',
    description: 'The listings the Chicago Help Map shows. Table schemas from the Open Referral HSDS 3.0 datapackage, CC BY-SA 4.0.',
    resources,
  };
}
