import type { Plugin } from 'vite';
import type { ServiceRecord } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { readDataFiles } from '../readDataFiles';
import { datapackageTables } from './datapackageTables';
import { serviceToHsds, type HsdsObject } from './serviceToHsds';
import { rowsByTable, tableCsv, tableProblems } from './tabular';
import { serviceChecker } from './validateHsds';

/** Listed in the app as they are: closed and inactive listings stay out of the open data. */
export function publishedRecords(records: readonly ServiceRecord[]): ServiceRecord[] {
  return records.filter((record) => record.status === 'active' || record.status === 'temporarily-closed');
}

/**
 * Publishes the listings as an Open Referral HSDS 3.0 dataset in dist/hsds/: one compiled service per file
 * and an index, each checked against the specification's schema; a build whose export does not validate fails.
 */
export function hsdsExportPlugin(root = process.cwd()): Plugin {
  return {
    name: 'hsds-export',
    apply: 'build',
    generateBundle() {
      const records = publishedRecords(validateDataset(readDataFiles(root).files).records);
      const check = serviceChecker(root);
      const problems: string[] = [];
      const services: HsdsObject[] = [];
      const index = records.map((record) => {
        const service = serviceToHsds(record);
        services.push(service);
        const file = `hsds/services/${String(service.id)}.json`;
        problems.push(...check(service).map((problem) => `${file} (listing ${record.id}): ${problem}`));
        this.emitFile({ type: 'asset', fileName: file, source: `${JSON.stringify(service, null, 1)}\n` });
        return { id: service.id, name: record.name, file: file.replace(/^hsds\//, ''), assured_date: service.assured_date ?? null };
      });
      const { tables, datapackage } = datapackageTables(root);
      const rows = rowsByTable(services);
      const written = tables.filter(({ name }) => rows.has(name));
      for (const table of written) {
        const tableRows = [...(rows.get(table.name)?.values() ?? [])];
        problems.push(...tableProblems(table, tableRows));
        this.emitFile({ type: 'asset', fileName: `hsds/${table.path}`, source: tableCsv(table, tableRows) });
      }
      this.emitFile({ type: 'asset', fileName: 'hsds/datapackage.json', source: `${JSON.stringify(packageOf(datapackage, written.map(({ name }) => name)), null, 1)}\n` });
      if (problems.length > 0) this.error(`The HSDS export does not validate:\n${problems.slice(0, 50).join('\n')}`);
      const updated = records.map((record) => record.verified.date).filter((date) => /^\d{4}/.test(date)).sort().at(-1) ?? null;
      this.emitFile({
        type: 'asset',
        fileName: 'hsds/index.json',
        source: `${JSON.stringify({ specification: 'Open Referral HSDS 3.0 (compiled service)', newest_listing_date: updated, count: index.length, services: index }, null, 1)}\n`,
      });
    },
  };
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
