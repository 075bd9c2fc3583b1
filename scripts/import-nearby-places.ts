/**
 * Writes data/geo/nearby-places.json: the towns and ZIP areas within about 15 miles of Chicago, with
 * the Census Bureau's internal point for each, so that the place box can measure from a suburb.
 * Usage: tsx scripts/import-nearby-places.ts <Gaz_places_national.txt> <Gaz_zcta_national.txt>
 * Reads only the files named, and the boundaries already in data/geo/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importNearbyPlaces } from './import/nearbyPlaces';
import { readBoundaries } from './import/places';

const OUTPUT = 'data/geo/nearby-places.json';

const [placesPath, zctaPath] = process.argv.slice(2);
if (!placesPath || !zctaPath) {
  console.error('Usage: tsx scripts/import-nearby-places.ts <Gaz_places_national.txt> <Gaz_zcta_national.txt>');
  process.exit(2);
}
const { file, skipped } = importNearbyPlaces(readFileSync(placesPath, 'utf8'), readFileSync(zctaPath, 'utf8'), readBoundaries());
for (const { name, reason } of skipped) console.log(`skipped ${name}: ${reason}`);
// One place a line: a re-import's diff shows what moved.
const { places, ...head } = file;
const lines = places.map((place) => JSON.stringify(place)).join(',\n');
writeFileSync(OUTPUT, `${JSON.stringify(head).slice(0, -1)},"places":[\n${lines}\n]}\n`);
const towns = file.places.filter((place) => place.kind === 'place').length;
console.log(`${OUTPUT}: ${towns} towns and ${file.places.length - towns} ZIP areas within ${file.withinMiles} miles of Chicago.`);
