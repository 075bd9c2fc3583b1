import type { Plugin } from 'vite';
import type { ServiceRecord } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { readDataFiles } from '../readDataFiles';
import { serviceToHsds } from './serviceToHsds';
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
      const index = records.map((record) => {
        const service = serviceToHsds(record);
        const file = `hsds/services/${String(service.id)}.json`;
        problems.push(...check(service).map((problem) => `${file} (listing ${record.id}): ${problem}`));
        this.emitFile({ type: 'asset', fileName: file, source: `${JSON.stringify(service, null, 1)}\n` });
        return { id: service.id, name: record.name, file: file.replace(/^hsds\//, ''), assured_date: service.assured_date ?? null };
      });
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
