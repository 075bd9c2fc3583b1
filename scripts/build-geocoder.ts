/**
 * Builds data/geo/streets.json, the offline street-grid geocoder, from the geocoded points of City of Chicago datasets.
 * Usage: npx tsx scripts/build-geocoder.ts <source files (.csv, .geojson)...>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod/mini';
import { isInChicago, type Direction, parseStreetPlace, type StreetTable } from '../src/geo/streetGrid';
import { streetTableSchema } from '../src/geo/geoSchemas';
import {
  errorMetres,
  fitModel,
  OUTLIER_METRES,
  type GridModel,
  leaveOneOut,
  withoutOutliers,
  type Accuracy,
  type CalibrationPoint,
  type FitOptions,
} from './geocoderModel';
import { readCsv, type CsvRow } from './import/csv';

const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../data/geo/streets.json');

/** Dates as SOURCES.md gives them (the date of the copy, or of the portal export where it is known). */
const SOURCE_DATES: Record<string, string> = {
  'Family_and_Support_Services_Delegate_Agencies.csv': '2020-03 (portal export; copy 2020-04-01)',
  'family_and_support_services_delegate_agencies_2023_first1000.geojson': '2023-05-12',
  'libraries.geojson': '2023-05-12',
  'warming_centers.geojson': '2023',
  'cooling_centers.geojson': '2023-05-12',
  'senior_centers.geojson': '2023-05-12',
  'community_service_centers.geojson': '2023-05-12',
  'workforce_centers.geojson': '2023',
  'Public_Health_Services-_Chicago_Primary_Care_Community_Health_Centers.csv': '2019-06-06',
  'cdph_wic_clinics.geojson': '2023',
  'cdph_sti_clinics.geojson': '2023',
  'licensed_substance_abuse_treatment.geojson': '2023',
};

/** Google geocodes may not be stored (SOURCES.md), so they never calibrate this model. */
const REFUSED_SOURCES = new Set(['naiPartners.csv']);

/** Address fields, best first: one with the direction and street type split out, then the plain address text. */
const ADDRESS_FIELDS = ['street_address', 'physical_address_address', 'address', 'location_address', 'Address 2', 'Address'];
const STRUCTURED_FIELDS = [
  ['street_number', 'street_direction', 'street_name', 'street_type'],
  ['Street Number', 'Street Direction', 'Street Name', 'Street Type'],
] as const;

interface RawPoint {
  texts: string[];
  latitude: number;
  longitude: number;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function addressTexts(fields: Record<string, unknown>): string[] {
  const structured = STRUCTURED_FIELDS.map((names) => names.map((name) => text(fields[name])).join(' ').trim()).filter(
    (joined) => /^\d/.test(joined),
  );
  return [...structured, ...ADDRESS_FIELDS.map((name) => text(fields[name])).filter(Boolean)];
}

const featureCollectionSchema = z.object({
  features: z.array(
    z.object({
      geometry: z.nullable(z.object({ type: z.string(), coordinates: z.unknown() })),
      properties: z.nullable(z.record(z.string(), z.unknown())),
    }),
  ),
});

const lonLat = z.tuple([z.number(), z.number()]);

function readGeoJson(path: string): RawPoint[] {
  const collection = featureCollectionSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return collection.features.flatMap((feature): RawPoint[] => {
    const coordinates = feature.geometry?.type === 'Point' ? lonLat.safeParse(feature.geometry.coordinates) : undefined;
    if (!coordinates?.success) return [];
    const [longitude, latitude] = coordinates.data;
    return [{ texts: addressTexts(feature.properties ?? {}), latitude, longitude }];
  });
}

function firstNumber(row: CsvRow, names: readonly string[]): number {
  for (const name of names) {
    const value = Number.parseFloat(row[name] ?? '');
    if (Number.isFinite(value)) return value;
  }
  return Number.NaN;
}

function readCsvPoints(path: string): RawPoint[] {
  return readCsv(path).flatMap((row): RawPoint[] => {
    const latitude = firstNumber(row, ['Latitude', 'LAT', 'lat']);
    const longitude = firstNumber(row, ['Longitude', 'LON', 'lng', 'lon']);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return [];
    return [{ texts: addressTexts(row), latitude, longitude }];
  });
}

type UndirectedPoint = Omit<CalibrationPoint, 'direction'>;

/** The first of the point's address texts that reads as a house number on a street, with or without a direction. */
function toAddressPoint(raw: RawPoint): CalibrationPoint | UndirectedPoint | undefined {
  for (const candidate of raw.texts) {
    const place = parseStreetPlace(candidate);
    if (place?.kind !== 'address' || place.number <= 0) continue;
    const point = { number: place.number, street: place.street, latitude: raw.latitude, longitude: raw.longitude };
    return place.direction ? { ...point, direction: place.direction } : point;
  }
  return undefined;
}

function hasDirection(point: CalibrationPoint | UndirectedPoint): point is CalibrationPoint {
  return 'direction' in point;
}

/**
 * "4515 Milwaukee St" (the substance-abuse list never gives a direction): the side of zero is the one where the
 * model built from the other sources puts the address near its point while the other side is far off. Only the side
 * is taken from the point; where on the street it lies is still measured, so leave-one-out stays fair.
 */
function inferDirections(model: GridModel, points: readonly UndirectedPoint[]): CalibrationPoint[] {
  const directions: Direction[][] = [
    ['N', 'S'],
    ['E', 'W'],
  ];
  return points.flatMap((point): CalibrationPoint[] => {
    const fits = directions.flatMap((pair) =>
      pair.map((direction) => ({ direction, error: errorMetres(model, { ...point, direction }) ?? Number.POSITIVE_INFINITY })),
    );
    const [best, runnerUp] = fits.sort((a, b) => a.error - b.error);
    if (!best || best.error > OUTLIER_METRES || (runnerUp && runnerUp.error < SIDE_MARGIN_METRES)) return [];
    return [{ ...point, direction: best.direction }];
  });
}

/** The wrong side must miss by at least this much for the side to be clear (numbers near zero are left out). */
const SIDE_MARGIN_METRES = 2000;

function pointKey(point: CalibrationPoint): string {
  return `${point.number} ${point.direction} ${point.street} ${point.latitude.toFixed(6)} ${point.longitude.toFixed(6)}`;
}

interface SourceReport {
  file: string;
  rows: number;
  outside: number;
  unparsed: number;
  points: CalibrationPoint[];
  undirected: UndirectedPoint[];
}

function readSource(path: string): SourceReport {
  const raw = path.endsWith('.csv') ? readCsvPoints(path) : readGeoJson(path);
  const inside = raw.filter((point) => isInChicago(point.latitude, point.longitude));
  const parsed = inside.flatMap((point) => toAddressPoint(point) ?? []);
  return {
    file: basename(path),
    rows: raw.length,
    outside: raw.length - inside.length,
    unparsed: inside.length - parsed.length,
    points: parsed.filter(hasDirection),
    undirected: parsed.filter((point) => !hasDirection(point)),
  };
}

function deduplicate<T extends CalibrationPoint>(points: readonly T[]): T[] {
  return [...new Map(points.map((point) => [pointKey(point), point])).values()];
}

/** The fits compared by leave-one-out error; the best is kept. */
const CANDIDATE_FITS: FitOptions[] = [
  { knotSpacing: 0, smoothing: 1 },
  { knotSpacing: 800, smoothing: 0.1 },
  { knotSpacing: 400, smoothing: 1 },
  { knotSpacing: 200, smoothing: 1 },
  { knotSpacing: 200, smoothing: 0.1 },
];

const PRELIMINARY_FIT: FitOptions = { knotSpacing: 400, smoothing: 1 };

function isBetter(candidate: Accuracy, best: Accuracy | undefined): boolean {
  if (!best) return true;
  // The median decides; within a metre, the tail does.
  if (Math.abs(candidate.median - best.median) > 1) return candidate.median < best.median;
  return candidate.p90 < best.p90;
}

function formatAccuracy(accuracy: Accuracy): string {
  return `median ${accuracy.median.toFixed(1)} m, p90 ${accuracy.p90.toFixed(1)} m over ${accuracy.tested} points (${accuracy.untestable} untestable)`;
}

function main(paths: readonly string[]): void {
  if (paths.length === 0) throw new Error('Usage: tsx scripts/build-geocoder.ts <source files (.csv, .geojson)...>');
  const refused = paths.filter((path) => REFUSED_SOURCES.has(basename(path)));
  if (refused.length) throw new Error(`Refusing Google-geocoded sources: ${refused.join(', ')}`);
  const reports = paths.map(readSource);
  for (const report of reports) {
    console.log(
      `${report.file}: ${report.rows} points, ${report.outside} outside Chicago, ${report.unparsed} without a readable address, ` +
        `${report.points.length} with a direction, ${report.undirected.length} without`,
    );
  }
  const directed = deduplicate(reports.flatMap((report) => report.points));
  const undirected = reports.flatMap((report) => report.undirected);
  const inferred = inferDirections(fitModel(withoutOutliers(directed).kept, PRELIMINARY_FIT), undirected);
  console.log(`Directions inferred for ${inferred.length} of ${undirected.length} addresses without one`);
  const all = deduplicate([...directed, ...inferred]);
  let best: { options: FitOptions; accuracy: Accuracy; points: CalibrationPoint[] } | undefined;
  for (const options of CANDIDATE_FITS) {
    const { kept, dropped } = withoutOutliers(all, options);
    const accuracy = leaveOneOut(kept, options);
    console.log(`knots every ${options.knotSpacing || 'none (affine)'}, smoothing ${options.smoothing}: ${dropped.length} outliers; ${formatAccuracy(accuracy)}`);
    if (isBetter(accuracy, best?.accuracy)) best = { options, accuracy, points: kept };
  }
  if (!best) throw new Error('No calibration points');
  const model = fitModel(best.points, best.options);
  const table: StreetTable = streetTableSchema.parse({
    v: 1,
    meta: {
      src: reports.map((report) => ({ f: report.file, d: SOURCE_DATES[report.file] ?? 'unknown' })),
      n: best.points.length,
      k: best.options.knotSpacing,
    },
    loo: { med: Math.round(best.accuracy.median), p90: Math.round(best.accuracy.p90), n: best.accuracy.tested },
    grid: model.grid,
    st: [...model.streets].sort((a, b) => a[0].localeCompare(b[0])),
  });
  const json = JSON.stringify(table);
  writeFileSync(OUTPUT, `${json}\n`);
  console.log(`Kept knots every ${best.options.knotSpacing || 'none (affine)'}, smoothing ${best.options.smoothing}`);
  console.log(`${all.length} distinct points, ${best.points.length} calibrating, ${table.st.length} streets`);
  console.log(`Leave-one-out: ${formatAccuracy(best.accuracy)}`);
  console.log(`Wrote ${OUTPUT}: ${json.length + 1} bytes, ${gzipSync(json).length} gzipped`);
}

main(process.argv.slice(2));
