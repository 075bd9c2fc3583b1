/**
 * Gives hand-curated records a map point from a City dataset row at the same street address: the
 * City's own geocode, never a commercial geocoder's. Records with no such row stay without a point.
 * Usage: tsx scripts/geocode-from-city.ts <Family_and_Support_Services_Delegate_Agencies.csv> <data/records/file.json>...
 */
import { readFileSync } from 'node:fs';
import { readCsv } from './import/csv';
import { DFSS_SOURCE } from './import/dfss';
import { geocodeFromCity } from './import/geocode';
import { readBoundaries } from './import/places';
import { requireArguments, rewriteRecordsFile } from './import/writeImport';

const [csvPath = '', ...files] = requireArguments('tsx scripts/geocode-from-city.ts <delegate-agencies.csv> <data/records/file.json>...', 2);
const rows = readCsv(csvPath);
const boundaries = readBoundaries();
for (const file of files) {
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(content)) throw new Error(`${file} is not an array of records`);
  const { updated, log } = geocodeFromCity(content, rows, boundaries);
  rewriteRecordsFile(file, updated);
  console.log(log.join('\n'));
}
console.log(`Points come from ${DFSS_SOURCE.name}.`);
