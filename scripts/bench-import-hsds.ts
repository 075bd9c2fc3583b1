/**
 * Times taking in a synthetic HSDS feed of 5,000 services (the real export, copied with new ids, names
 * and phones until it reaches that size), as JSON and in the tabular form, with the peak memory each took.
 * Usage: npm run bench:import [-- --services 5000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/data/validate';
import { loadStore } from './curate/recordStore';
import { datapackageTables } from './hsds/datapackageTables';
import { exportDataset } from './hsds/exportDataset';
import { proposeFromFeed } from './hsds/feed/proposeFromFeed';
import { hsdsId } from './hsds/hsdsIds';
import type { HsdsObject } from './hsds/serviceToHsds';
import { rowsByTable, tableCsv } from './hsds/tabular';
import { serviceChecker } from './hsds/validateHsds';
import { readDataFiles } from './readDataFiles';

const runAt = process.argv.indexOf('--run');
if (runAt !== -1) {
  const context = { records: loadStore(process.cwd()).records.map(({ record }) => record), tables: datapackageTables().tables, check: serviceChecker(), today: new Date().toISOString().slice(0, 10) };
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const result = proposeFromFeed(process.argv[runAt + 1] ?? '', context, { name: 'Synthetic feed', date: '2026-12-01' });
  const took = performance.now() - started;
  const summary = result.ok ? `${result.review.matched} matched, ${result.review.proposals.length} proposals` : `refused: ${result.problems.slice(0, 2).join('; ')}`;
  console.log(`${Math.round(took)} ms; peak resident memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (${Math.round(before / 1024)} MB before the import); ${summary}`);
  process.exit(0);
}

const at = process.argv.indexOf('--services');
const wanted = at === -1 ? 5000 : Number(process.argv[at + 1]);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const isObject = (value: unknown): value is HsdsObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const { files } = exportDataset(validateDataset(readDataFiles(process.cwd()).files).records);
const originals = [...files].filter(([file]) => file.startsWith('services/')).map(([, text]) => text);
const services: HsdsObject[] = [];
for (let index = 0; services.length < wanted; index += 1) {
  const copy = Math.floor(index / originals.length);
  const text = originals[index % originals.length] ?? '{}';
  // The first round is the export itself (every service matches); later rounds are new organizations.
  const parsed: unknown = JSON.parse(copy === 0 ? text : text.replace(UUID, (id) => hsdsId('synthetic', copy, id)));
  if (!isObject(parsed)) continue;
  if (copy > 0) {
    parsed.name = `${String(parsed.name)} (synthetic ${copy})`;
    if (isObject(parsed.organization)) parsed.organization.name = `${String(parsed.organization.name)} (synthetic ${copy})`;
    if (Array.isArray(parsed.phones)) for (const phone of parsed.phones) if (isObject(phone)) phone.number = `+1312555${String(index % 10000).padStart(4, '0')}`;
  }
  services.push(parsed);
}

const folder = mkdtempSync(join(tmpdir(), 'hsds-bench-'));
const jsonFile = join(folder, 'feed.json');
writeFileSync(jsonFile, JSON.stringify(services));
const tabular = join(folder, 'tabular');
mkdirSync(tabular);
const { tables } = datapackageTables();
const rows = rowsByTable(services);
for (const table of tables.filter(({ name }) => rows.has(name))) writeFileSync(join(tabular, table.path), tableCsv(table, rows.get(table.name)?.values() ?? []));
writeFileSync(join(tabular, 'datapackage.json'), JSON.stringify({ name: 'synthetic', created: '2026-12-01' }));

for (const [form, path] of [['JSON', jsonFile], ['tabular', tabular]] as const) {
  const size = form === 'JSON' ? ` (${(statSync(path).size / 1024 / 1024).toFixed(1)} MB)` : '';
  // Each form in a process of its own, so its peak memory is its own.
  const line = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--run', path], { encoding: 'utf8' }).trim();
  console.log(`${form}: ${services.length} services${size}: ${line}`);
}
rmSync(folder, { recursive: true, force: true });
