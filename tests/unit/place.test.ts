import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type SearchState } from '../../src/filters/searchState';
import { selectResults } from '../../src/filters/selectResults';
import { communityAreaAt } from '../../src/geo/boundaries';
import { communityAreasSchema, zipAreasSchema } from '../../src/geo/geoSchemas';
import { roundedCoordinates } from '../../src/geo/coordinates';
import { distanceMetres, METRES_PER_MILE } from '../../src/geo/distance';
import { lakePolygon } from '../../src/geo/lakefront';
import { resolvePlace, type Geography, type PlaceLookup } from '../../src/geo/place';
import { streetLocatorFor } from '../../src/geo/streetGrid';
import { streetTableSchema } from '../../src/geo/geoSchemas';
import { formatDistance } from '../../src/i18n/formatDistance';
import { createSearchIndex } from '../../src/search/searchIndex';
import { fixtureRecords } from '../fixtures/records';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const areas = communityAreasSchema.parse(read('data/geo/community-areas.json'));
const zips = zipAreasSchema.parse(read('data/geo/zip-codes.json'));
const table = streetTableSchema.parse(read('data/geo/streets.json'));
const geography: Geography = { areas, zips, streets: streetLocatorFor(table) };

function areaOf(lookup: PlaceLookup): string | undefined {
  return lookup.ok ? communityAreaAt(areas, lookup.place.latitude, lookup.place.longitude) : undefined;
}

describe('places typed the way Chicagoans give them', () => {
  it('finds a ZIP inside its own polygon area', () => {
    const lookup = resolvePlace('60608', geography);
    expect(lookup.ok && lookup.place.kind).toBe('zip');
    expect(areaOf(lookup)).toBe('Lower West Side');
  });

  it('finds community areas and the neighborhood names people use, in any case and with accents', () => {
    expect(areaOf(resolvePlace('Albany Park', geography))).toBe('Albany Park');
    expect(areaOf(resolvePlace('  rogers   PARK ', geography))).toBe('Rogers Park');
    const pilsen = resolvePlace('Pilsen', geography);
    expect(areaOf(pilsen)).toBe('Lower West Side');
    expect(pilsen.ok && pilsen.place.label).toBe('Pilsen (Lower West Side)');
    // What an area directory covers: the community area itself, or the ZIP.
    expect(pilsen.ok && pilsen.place.area).toBe('Lower West Side');
    const zip = resolvePlace('60608', geography);
    expect(zip.ok && zip.place.area).toBe('60608');
    const corner = resolvePlace('26th and Kedzie', geography);
    expect(corner.ok && corner.place.area).toBeUndefined();
    expect(areaOf(resolvePlace('Little Village', geography))).toBe('South Lawndale');
    expect(areaOf(resolvePlace('Chinatown', geography))).toBe('Armour Square');
    expect(areaOf(resolvePlace('Back of the Yards', geography))).toBe('New City');
    expect(areaOf(resolvePlace('Pilsén', geography))).toBe('Lower West Side');
  });

  it('finds street corners and addresses on the grid', () => {
    expect(areaOf(resolvePlace('26th and Kedzie', geography))).toBe('South Lawndale');
    expect(areaOf(resolvePlace('2600 S Kedzie', geography))).toBe('South Lawndale');
    expect(areaOf(resolvePlace('Devon & Western', geography))).toBe('West Ridge');
  });

  it('takes a rounded position from the device, and refuses one outside Chicago', () => {
    const text = roundedCoordinates({ latitude: 41.853_456, longitude: -87.705_12 });
    expect(text).toBe('@41.853,-87.705');
    const lookup = resolvePlace(text, geography);
    expect(lookup.ok && lookup.place.kind).toBe('device');
    expect(resolvePlace('@40.7128,-74.0060', geography)).toEqual({ ok: false, problem: 'outside-chicago' });
  });

  it('says clearly what it cannot place, for nonsense and for ZIPs outside Chicago', () => {
    expect(resolvePlace('asdfgh', geography)).toMatchObject({ ok: false, problem: 'not-found' });
    expect(resolvePlace('90210', geography)).toMatchObject({ ok: false, problem: 'outside-chicago' });
    expect(resolvePlace('26th and Nowhereville', geography)).toMatchObject({ ok: false, problem: 'unknown-street' });
    expect(resolvePlace('<script>alert(1)</script>', geography).ok).toBe(false);
    expect(resolvePlace('🏠'.repeat(5000), geography).ok).toBe(false);
    expect(resolvePlace('@91,200', geography).ok).toBe(false);
  });
});

describe('distances', () => {
  it('measures great-circle distance', () => {
    // One degree of latitude is about 111.2 km.
    expect(distanceMetres({ latitude: 41, longitude: -87 }, { latitude: 42, longitude: -87 })).toBeCloseTo(111_195, -2);
  });

  it('writes distances in miles or kilometres, never "0"', () => {
    expect(formatDistance(0.5 * METRES_PER_MILE, 'mi')).toBe('0.5 mi');
    expect(formatDistance(12 * METRES_PER_MILE, 'mi')).toBe('12 mi');
    expect(formatDistance(20, 'mi')).toBe('0.1 mi');
    expect(formatDistance(650, 'km')).toBe('650 m');
    expect(formatDistance(2400, 'km')).toBe('2.4 km');
  });
});

describe('results near a place', () => {
  const NOW = new Date('2025-11-25T16:00:00Z');
  const index = createSearchIndex(fixtureRecords);
  // Near the fixture legal clinic (41.857, -87.665), farther from the pantry and the shelter.
  const place = { latitude: 41.858, longitude: -87.667 };
  const select = (patch: Partial<SearchState>) => selectResults(index, { ...DEFAULT_STATE, ...patch }, NOW, place);
  const ids = (patch: Partial<SearchState>) => select(patch).results.map(({ record }) => record.id);

  it('gives each result with a point its distance, and sorts nearest first when asked', () => {
    const results = select({ sort: 'distance' }).results;
    expect(results[0]?.record.id).toBe('fixture-legal-clinic');
    const distances = results.flatMap(({ distanceMetres }) => (distanceMetres === null ? [] : [distanceMetres]));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(results.at(-1)?.distanceMetres).toBeNull();
  });

  it('keeps only what is within the chosen radius, and names the radius when it empties the list', () => {
    expect(ids({ within: 0.5 })).toEqual(['fixture-legal-clinic']);
    const empty = select({ within: 0.5, categories: ['food'] });
    expect(empty.results).toEqual([]);
    expect(empty.relaxations.map(({ facet }) => facet)).toContain('within');
  });

  it('ignores the radius and the distance sort without a place', () => {
    const withoutPlace = selectResults(index, { ...DEFAULT_STATE, within: 0.5, sort: 'distance' }, NOW);
    expect(withoutPlace.results).toHaveLength(fixtureRecords.length);
  });
});

describe('the lake on the drawn basemap', () => {
  it('lies east of the city: Navy Pier water is in it, the Loop is not', () => {
    const lake = lakePolygon(areas);
    expect(lake.length).toBeGreaterThan(100);
    const inside = (latitude: number, longitude: number) => {
      let crossings = 0;
      for (let i = 0, j = lake.length - 1; i < lake.length; j = i, i += 1) {
        const [yi = 0, xi = 0] = lake[i] ?? [];
        const [yj = 0, xj = 0] = lake[j] ?? [];
        if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) crossings += 1;
      }
      return crossings % 2 === 1;
    };
    expect(inside(41.89, -87.58)).toBe(true);
    expect(inside(41.88, -87.63)).toBe(false);
  });
});
