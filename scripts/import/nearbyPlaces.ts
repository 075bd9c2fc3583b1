import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { distanceToEdgeMetres } from '../../src/geo/boundaries';
import { METRES_PER_MILE } from '../../src/geo/distance';
import { nearbyPlacesSchema, type NearbyPlace, type NearbyPlaces } from '../../src/geo/geoSchemas';
import type { Boundaries } from './places';

/** "About 15 miles of Chicago": measured from the city's edge, so the suburbs all round the city are in. */
export const WITHIN_MILES = 15;

/**
 * The Census Bureau's Gazetteer files give every place and ZCTA an internal point. The stored copies
 * read (see data/README.md) carry no date of their own; their file names, Gaz_places_national.txt and
 * Gaz_zcta_national.txt, are the 2010 Census release's (later releases put their year in the name).
 */
export const GAZETTEER_SOURCE = {
  title: 'U.S. Census Bureau, 2010 Census Gazetteer Files: places and ZIP Code Tabulation Areas',
  url: 'https://www.census.gov/geo/maps-data/data/gazetteer2010.html',
  date: '2010',
  kind: 'official-list',
} as const;

/** The legal kind the Gazetteer appends to a place's name: "Oak Park village", "Cicero town". */
const LEGAL_KIND = /\s+(city|village|town|borough)$/;
/** Census-designated places are statistical areas, not municipalities: nobody's address says them. */
const STATISTICAL = /\s+CDP$/;
/** Five decimals is about 1 m, far finer than an internal point means. */
const PRECISION = 1e5;

export interface Skipped {
  name: string;
  reason: string;
}

type Row = Record<string, string>;

/** A Gazetteer text file: tab-separated, one header line; the columns are found by name, as their order and padding vary by year. */
export function parseGazetteer(text: string): Row[] {
  const [header = '', ...lines] = text.split(/\r?\n/);
  const columns = header.split('\t').map((column) => column.trim());
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(columns.map((column, index) => [column, (cells[index] ?? '').trim()]));
    });
}

function point(row: Row): { lat: number; lon: number } | undefined {
  const lat = Number(row.INTPTLAT);
  const lon = Number(row.INTPTLONG);
  return row.INTPTLAT && row.INTPTLONG && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : undefined;
}

const round = (value: number) => Math.round(value * PRECISION) / PRECISION;

function milesFromChicago(boundaries: Boundaries, lat: number, lon: number): number {
  const areas = boundaries.communityAreas.features;
  if (areas.some((area) => booleanPointInPolygon([lon, lat], area.geometry))) return 0;
  return Math.min(...areas.map((area) => distanceToEdgeMetres(area, lat, lon))) / METRES_PER_MILE;
}

function towns(rows: readonly Row[], boundaries: Boundaries, skipped: Skipped[]): NearbyPlace[] {
  const kept: { town: NearbyPlace; miles: number }[] = [];
  for (const row of rows) {
    const fullName = row.NAME ?? '';
    const at = point(row);
    const state = row.USPS ?? row.STUSPS ?? '';
    if (STATISTICAL.test(fullName)) continue;
    if (!at || !/^[A-Z]{2}$/.test(state)) {
      skipped.push({ name: fullName, reason: 'no state or internal point' });
      continue;
    }
    const miles = milesFromChicago(boundaries, at.lat, at.lon);
    if (miles === 0) skipped.push({ name: fullName, reason: 'inside Chicago' });
    if (miles === 0 || miles > WITHIN_MILES) continue;
    kept.push({ town: { name: fullName.replace(LEGAL_KIND, ''), kind: 'place', state, lat: round(at.lat), lon: round(at.lon) }, miles });
  }
  // Two towns of one name: the nearer is the one people here mean.
  kept.sort((a, b) => a.miles - b.miles);
  const seen = new Set<string>();
  return kept.flatMap(({ town }) => {
    const key = town.name.toLowerCase();
    if (seen.has(key)) {
      skipped.push({ name: town.name, reason: 'a nearer town has the same name' });
      return [];
    }
    seen.add(key);
    return [town];
  });
}

function zips(rows: readonly Row[], boundaries: Boundaries, skipped: Skipped[]): NearbyPlace[] {
  const chicagoZips = new Set(boundaries.zipAreas.features.map((feature) => feature.properties.zip));
  const kept: NearbyPlace[] = [];
  for (const row of rows) {
    const zip = row.GEOID ?? '';
    const at = point(row);
    if (!/^\d{5}$/.test(zip) || !at) {
      skipped.push({ name: zip, reason: 'no ZCTA code or internal point' });
      continue;
    }
    // The place box already finds a Chicago ZIP from its outline.
    if (chicagoZips.has(zip)) continue;
    // A suburban ZIP whose point falls inside the city (60018, round O'Hare) is kept: its people live outside.
    if (milesFromChicago(boundaries, at.lat, at.lon) > WITHIN_MILES) continue;
    kept.push({ name: zip, kind: 'zip', lat: round(at.lat), lon: round(at.lon) });
  }
  return kept;
}

/** The towns and ZCTAs within WITHIN_MILES of Chicago, from the Gazetteer's place and ZCTA files, checked against the schema. */
export function importNearbyPlaces(placesText: string, zctaText: string, boundaries: Boundaries): { file: NearbyPlaces; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const places = [
    ...towns(parseGazetteer(placesText), boundaries, skipped),
    ...zips(parseGazetteer(zctaText), boundaries, skipped),
  ].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'en'));
  const file = nearbyPlacesSchema.parse({ v: 1, source: GAZETTEER_SOURCE, withinMiles: WITHIN_MILES, places });
  return { file, skipped };
}
