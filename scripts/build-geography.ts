/**
 * Simplifies the City's community-area and ZIP boundaries for the browser and the data checks.
 * Usage: tsx scripts/build-geography.ts <community-areas.geojson> <zip-codes.geojson>
 */
import simplify from '@turf/simplify';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { communityAreasSchema, zipAreasSchema } from '../src/geo/geoSchemas';

/** About 11 m at Chicago's latitude: invisible at city zoom, and points rarely sit that close to a boundary. */
export const TOLERANCE_DEGREES = 0.0001;
/** Five decimals is about 1 m. */
const PRECISION = 1e5;

const ring = z.array(z.array(z.number()));
const sourceFeature = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
});
const sourceCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(sourceFeature) });

function round(position: Position): [number, number] {
  const [lng = 0, lat = 0] = position;
  return [Math.round(lng * PRECISION) / PRECISION, Math.round(lat * PRECISION) / PRECISION];
}

function asMultiPolygon(feature: Feature<Polygon | MultiPolygon>): [number, number][][][] {
  const simplified = simplify(feature, { tolerance: TOLERANCE_DEGREES, highQuality: true });
  const polygons = simplified.geometry.type === 'Polygon' ? [simplified.geometry.coordinates] : simplified.geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(round)));
}

function readFeatures(path: string): Feature<Polygon | MultiPolygon>[] {
  const parsed = sourceCollection.parse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.features.map(({ properties, geometry }) => ({ type: 'Feature', properties, geometry }));
}

/** The City's file writes names in capitals; these two do not title-case by rule. */
const NAME_EXCEPTIONS: Record<string, string> = { MCKINLEY: 'McKinley', OHARE: "O'Hare" };

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word) => NAME_EXCEPTIONS[word.toUpperCase()] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function buildCommunityAreas(path: string) {
  const features = readFeatures(path).map((feature) => ({
    type: 'Feature' as const,
    properties: {
      name: titleCase(String(feature.properties?.community ?? '')),
      number: Number(feature.properties?.area_numbe ?? feature.properties?.area_num_1),
    },
    geometry: { type: 'MultiPolygon' as const, coordinates: asMultiPolygon(feature) },
  }));
  features.sort((a, b) => a.properties.number - b.properties.number);
  return communityAreasSchema.parse({ type: 'FeatureCollection', features });
}

/** The City file splits some ZIPs into several features; the browser wants one per ZIP. */
function buildZipAreas(path: string) {
  const byZip = new Map<string, [number, number][][][]>();
  for (const feature of readFeatures(path)) {
    const zip = String(feature.properties?.zip ?? '');
    byZip.set(zip, [...(byZip.get(zip) ?? []), ...asMultiPolygon(feature)]);
  }
  const features = [...byZip.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([zip, coordinates]) => ({
      type: 'Feature' as const,
      properties: { zip },
      geometry: { type: 'MultiPolygon' as const, coordinates },
    }));
  return zipAreasSchema.parse({ type: 'FeatureCollection', features });
}

function write(path: string, value: unknown, sourcePath: string): void {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(path, text);
  const before = readFileSync(sourcePath).length;
  console.log(`${path}: ${before.toLocaleString('en-US')} bytes -> ${text.length.toLocaleString('en-US')} bytes`);
}

const [communityAreasPath, zipCodesPath] = process.argv.slice(2);
if (!communityAreasPath || !zipCodesPath) {
  console.error('Usage: tsx scripts/build-geography.ts <community-areas.geojson> <zip-codes.geojson>');
  process.exit(2);
}
write('data/geo/community-areas.json', buildCommunityAreas(communityAreasPath), communityAreasPath);
write('data/geo/zip-codes.json', buildZipAreas(zipCodesPath), zipCodesPath);
console.log(`Tolerance ${TOLERANCE_DEGREES} degrees (Douglas-Peucker, high quality), coordinates rounded to 5 decimals.`);
