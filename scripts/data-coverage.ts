/** Rewrites the coverage report in data/README.md from data/records. Usage: tsx scripts/data-coverage.ts [YYYY-MM-DD] */
import { readFileSync, writeFileSync } from 'node:fs';
import { validateDataset } from '../src/data/validate';
import { coverageReport, replaceReport } from './dataCoverage';
import { readLeads } from './readLeads';
import { readDataFiles } from './readDataFiles';

const asOf = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const { records } = validateDataset(readDataFiles(process.cwd()).files);
const path = 'data/README.md';
writeFileSync(path, replaceReport(readFileSync(path, 'utf8'), coverageReport(records, asOf, readLeads(process.cwd()))));
console.log(`Coverage report in ${path} updated (as of ${asOf}).`);
