/**
 * Gives hand-curated records a map point from a City dataset row at the same street address: the
 * City's own geocode, never a commercial geocoder's. Records with no such row stay without a point.
 * Usage: tsx scripts/geocode-from-city.ts <Family_and_Support_Services_Delegate_Agencies.csv> <data/records/file.json>...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { serviceRecordSchema, type ServiceRecordInput } from '../src/data/schema';
import { formatProblem, validateDataset } from '../src/data/validate';
import { readCsv, type CsvRow } from './import/csv';
import { DFSS_SOURCE } from './import/dfss';
import { placePoint, readBoundaries, type Boundaries } from './import/places';
import { addressKey } from './import/text';
import { requireArguments } from './import/writeImport';

function streetKey(street: string): string {
  return addressKey(street).split(' ').slice(0, 3).join(' ');
}

export function geocodeFromCity(records: readonly unknown[], rows: readonly CsvRow[], boundaries: Boundaries) {
  const rowsByStreet = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = streetKey(row.Address ?? '');
    rowsByStreet.set(key, [...(rowsByStreet.get(key) ?? []), row]);
  }
  const log: string[] = [];
  const updated = records.map((raw) => {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (!parsed.success) return raw;
    const record: ServiceRecordInput = parsed.data;
    const location = record.location;
    if (!location || location.point) return raw;
    const candidates = rowsByStreet.get(streetKey(location.street)) ?? [];
    for (const row of candidates) {
      const zip = row.ZIP?.trim().slice(0, 5);
      if (location.zip && zip !== location.zip) continue;
      const placement = placePoint(
        boundaries,
        Number.parseFloat(row.Latitude ?? ''),
        Number.parseFloat(row.Longitude ?? ''),
        location.zip ?? zip,
        `City of Chicago geocode of the same address (${row.Address?.trim()}, ${row.Agency?.trim()}) in the DFSS delegate agencies data, 2020 export`,
      );
      if (!placement.ok) continue;
      log.push(`${record.id}: point from the row of ${row.Agency?.trim()} at ${row.Address?.trim()}`);
      return {
        ...(typeof raw === 'object' ? raw : {}),
        location: {
          ...location,
          ...(location.zip ? {} : zip ? { zip } : {}),
          ...(placement.communityArea ? { communityArea: placement.communityArea } : {}),
          point: placement.point,
        },
      };
    }
    log.push(`${record.id}: no City row at ${location.street}; left without a point`);
    return raw;
  });
  return { updated, log };
}

const [csvPath = '', ...files] = requireArguments('tsx scripts/geocode-from-city.ts <delegate-agencies.csv> <data/records/file.json>...', 2);
const rows = readCsv(csvPath);
const boundaries = readBoundaries();
for (const file of files) {
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(content)) throw new Error(`${file} is not an array of records`);
  const { updated, log } = geocodeFromCity(content, rows, boundaries);
  const { problems } = validateDataset([{ file, content: updated }]);
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
  console.log(log.join('\n'));
}
console.log(`Points come from ${DFSS_SOURCE.name}.`);
