/**
 * Gives hand-curated records that still have no map point one from the project's street-grid
 * geocoder (data/geo/streets.json), and only where the point falls inside the ZIP the record states
 * (or, with no ZIP stated, inside Chicago's ZIPs).
 * The point's source names the geocoder and its measured accuracy.
 * Usage: tsx scripts/geocode-from-grid.ts <data/records/file.json>...
 */
import { readFileSync } from 'node:fs';
import { serviceRecordSchema } from '../src/data/schema';
import { locateStreetPlace, parseStreetPlace } from '../src/geo/streetGrid';
import { isInZip } from '../src/geo/boundaries';
import { streetTableSchema } from '../src/geo/geoSchemas';
import { placePoint, readBoundaries } from './import/places';
import { requireArguments, rewriteRecordsFile } from './import/writeImport';

const files = requireArguments('tsx scripts/geocode-from-grid.ts <data/records/file.json>...', 1);
const table = streetTableSchema.parse(JSON.parse(readFileSync('data/geo/streets.json', 'utf8')));
const boundaries = readBoundaries();
const insideChicago = (latitude: number, longitude: number): boolean =>
  boundaries.zipAreas.features.some((area) => isInZip(boundaries.zipAreas, area.properties.zip, latitude, longitude));
const source = `Chicago Help Map street-grid geocoder (data/geo/streets.json, calibrated on City of Chicago geocodes; leave-one-out error median ${Math.round(table.loo.med)} m, 90% within ${Math.round(table.loo.p90)} m)`;

for (const file of files) {
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(content)) throw new Error(`${file} is not an array of records`);
  const log: string[] = [];
  const updated = content.map((raw: unknown) => {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (!parsed.success || typeof raw !== 'object' || raw === null) return raw;
    const { id, location } = parsed.data;
    if (!location || location.point) return raw;
    const place = parseStreetPlace(location.street);
    if (place?.kind !== 'address' || place.direction === undefined) {
      log.push(`${id}: "${location.street}" is not a numbered address with a direction; left without a point`);
      return raw;
    }
    const found = locateStreetPlace(place, table);
    if (!found.ok) {
      log.push(`${id}: ${found.reason} for "${location.street}"; left without a point`);
      return raw;
    }
    const latitude = Math.round(found.latitude * 1e5) / 1e5;
    const longitude = Math.round(found.longitude * 1e5) / 1e5;
    // With no ZIP stated, the point must still fall inside one of Chicago's ZIPs; the ZIP stays unstated.
    const placement = location.zip
      ? placePoint(boundaries, latitude, longitude, location.zip, source)
      : insideChicago(latitude, longitude)
        ? placePoint(boundaries, latitude, longitude, undefined, source)
        : { ok: false as const, reason: 'the point falls outside every Chicago ZIP' };
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
