/**
 * Gives hand-curated records that still have no map point one from the project's street-grid
 * geocoder (data/geo/streets.json), and only where the point falls inside the ZIP the record states
 * (or, with no ZIP stated, inside Chicago's ZIPs).
 * The point's source names the geocoder and its measured accuracy.
 * Usage: tsx scripts/geocode-from-grid.ts <data/records/file.json>...
 */
import { readFileSync } from 'node:fs';
import { serviceRecordSchema } from '../src/data/schema';
import { streetTableSchema } from '../src/geo/geoSchemas';
import { gridPlacement } from './import/gridPoint';
import { readBoundaries } from './import/places';
import { requireArguments, rewriteRecordsFile } from './import/writeImport';

const files = requireArguments('tsx scripts/geocode-from-grid.ts <data/records/file.json>...', 1);
const table = streetTableSchema.parse(JSON.parse(readFileSync('data/geo/streets.json', 'utf8')));
const boundaries = readBoundaries();

for (const file of files) {
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(content)) throw new Error(`${file} is not an array of records`);
  const log: string[] = [];
  const updated = content.map((raw: unknown) => {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (!parsed.success || typeof raw !== 'object' || raw === null) return raw;
    const { id, location } = parsed.data;
    if (!location || location.point) return raw;
    const placement = gridPlacement(location, table, boundaries);
    if (!placement.ok) {
      log.push(`${id}: ${placement.reason}; left without a point`);
      return raw;
    }
    log.push(`${id}: point from the street grid for ${location.street}`);
    return {
      ...raw,
      location: {
        ...location,
        ...(placement.communityArea ? { communityArea: placement.communityArea } : {}),
        point: placement.point,
      },
    };
  });
  rewriteRecordsFile(file, updated);
  console.log(log.join('\n'));
}
