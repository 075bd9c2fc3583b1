import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  errorMetres,
  fitModel,
  haversineMetres,
  leaveOneOut,
  withoutOutliers,
  type CalibrationPoint,
} from '../../scripts/geocoderModel';
import { communityAreaAt } from '../../src/geo/boundaries';
import { communityAreasSchema } from '../../src/geo/geoSchemas';
import { locateStreetPlace, parseStreetPlace, streetKey, type StreetLocation, type StreetTable } from '../../src/geo/streetGrid';
import { streetTableSchema } from '../../src/geo/geoSchemas';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
}

const fixtureTable = streetTableSchema.parse(readJson('../fixtures/geocoder/table.json'));
const calibrationPointsSchema = z.array(
  z.object({
    number: z.number(),
    direction: z.enum(['N', 'S', 'E', 'W']),
    street: z.string(),
    latitude: z.number(),
    longitude: z.number(),
  }),
);
/** Made-up points on a grid with Chicago's kink at Roosevelt (1200 S is one mile), street lines known, about 5 m of noise. */
const fixturePoints: CalibrationPoint[] = calibrationPointsSchema.parse(readJson('../fixtures/geocoder/points.json'));

function locate(text: string, table: StreetTable = fixtureTable): StreetLocation {
  const place = parseStreetPlace(text);
  if (!place) throw new Error(`not parsed: ${text}`);
  return locateStreetPlace(place, table);
}

function located(text: string, table: StreetTable = fixtureTable): { latitude: number; longitude: number } {
  const result = locate(text, table);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result;
}

describe('reading what people type', () => {
  it.each([
    ['2600 S Kedzie', { kind: 'address', number: 2600, direction: 'S', street: 'KEDZIE' }],
    ['2600 south kedzie avenue', { kind: 'address', number: 2600, direction: 'S', street: 'KEDZIE' }],
    ['  2600   S.  KEDZIE   AVE. ', { kind: 'address', number: 2600, direction: 'S', street: 'KEDZIE' }],
    ['3200 W 26th St', { kind: 'address', number: 3200, direction: 'W', street: '26' }],
    ['3200 W. 26 Street', { kind: 'address', number: 3200, direction: 'W', street: '26' }],
    ['1805 S Ashland Ave', { kind: 'address', number: 1805, direction: 'S', street: 'ASHLAND' }],
    ['1805 Ashland', { kind: 'address', number: 1805, street: 'ASHLAND' }],
    ['111 W. Jackson Blvd, Suite 800', { kind: 'address', number: 111, direction: 'W', street: 'JACKSON' }],
    ['4909 W. Division St., Chicago, IL 60651', { kind: 'address', number: 4909, direction: 'W', street: 'DIVISION' }],
    ['3200-3206 W Fulton', { kind: 'address', number: 3200, direction: 'W', street: 'FULTON' }],
    ['5700 N Sheridan Rd', { kind: 'address', number: 5700, direction: 'N', street: 'SHERIDAN' }],
    ['1000 N Lake Shore Dr', { kind: 'address', number: 1000, direction: 'N', street: 'LAKE SHORE' }],
    ['2400 N Lincoln Park West', { kind: 'address', number: 2400, direction: 'N', street: 'LINCOLN PARK WEST' }],
    ['6000 N Northwest Hwy', { kind: 'address', number: 6000, direction: 'N', street: 'NORTHWEST' }],
    ['1600 W North Ave', { kind: 'address', number: 1600, direction: 'W', street: 'NORTH' }],
    ['3100 S Calumet Pkwy', { kind: 'address', number: 3100, direction: 'S', street: 'CALUMET' }],
    ['7900 S South Chicago Ave', { kind: 'address', number: 7900, direction: 'S', street: 'SOUTH CHICAGO' }],
    ['4700 S Dr. Martin Luther King Jr. Dr.', { kind: 'address', number: 4700, direction: 'S', street: 'KING' }],
    ['4700 S MLK', { kind: 'address', number: 4700, direction: 'S', street: 'KING' }],
    ['4700 S King Drive', { kind: 'address', number: 4700, direction: 'S', street: 'KING' }],
    ['1200 S St. Louis Ave', { kind: 'address', number: 1200, direction: 'S', street: 'SAINT LOUIS' }],
    ['1200 S Saint Louis', { kind: 'address', number: 1200, direction: 'S', street: 'SAINT LOUIS' }],
    ['2200 W Cermák Rd', { kind: 'address', number: 2200, direction: 'W', street: 'CERMAK' }],
  ])('reads the address %s', (text, expected) => {
    expect(parseStreetPlace(text)).toEqual(expected);
  });

  it.each([
    ['26th and Kedzie', '26', 'KEDZIE'],
    ['Kedzie & 26th', 'KEDZIE', '26'],
    ['Kedzie&26th', 'KEDZIE', '26'],
    ['Devon & Western', 'DEVON', 'WESTERN'],
    ['State and Madison', 'STATE', 'MADISON'],
    ['STATE AT MADISON', 'STATE', 'MADISON'],
    ['state @ madison', 'STATE', 'MADISON'],
    ['State / Madison', 'STATE', 'MADISON'],
    ['26 y Kedzie', '26', 'KEDZIE'],
    ['Calle 26 y Kedzie', '26', 'KEDZIE'],
    ['Devon i Western', 'DEVON', 'WESTERN'],
    ['Kedzie x 26th', 'KEDZIE', '26'],
    ['W. 26th St. and S. Kedzie Ave.', '26', 'KEDZIE'],
    ['West 26th Street and South Kedzie Avenue', '26', 'KEDZIE'],
    ['47th & King Dr', '47', 'KING'],
    ['Milwaukee Ave and Ashland Blvd', 'MILWAUKEE', 'ASHLAND'],
    ['Pershing Rd & Cottage Grove', 'PERSHING', 'COTTAGE GROVE'],
  ])('reads the intersection %s', (text, first, second) => {
    expect(parseStreetPlace(text)).toEqual({ kind: 'intersection', first, second });
  });

  it.each(['60608', 'Pilsen', 'abogado', 'Kedzie', '', '   ', '&', 'and', 'Kedzie and Kedzie', '2600', '2600 S', '😀 and 🙂', 'x'.repeat(10_000)])(
    'says %s is not a street place',
    (text) => {
      expect(parseStreetPlace(text)).toBeNull();
    },
  );

  it('files street names under one key', () => {
    expect(streetKey('Martin Luther King Drive')).toBe('KING');
    expect(streetKey('MLK')).toBe('KING');
    expect(streetKey('St. Louis')).toBe('SAINT LOUIS');
    expect(streetKey('26th')).toBe('26');
    expect(streetKey('1st')).toBe('1');
    expect(streetKey('103rd Street')).toBe('103');
    expect(streetKey('Ave')).toBeUndefined();
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parseStreetPlace(text);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        parseStreetPlace(text);
      }),
    );
    expect(parseStreetPlace(`2600 S Kedzie ${'🙂'.repeat(5000)}`)).toBeNull();
  });
});

describe('placing streets on the fixture grid', () => {
  const STATE_AND_MADISON = { latitude: 41.8819, longitude: -87.6278 };

  it('puts State and Madison at the grid origin, in either order and as the address 0 N State', () => {
    for (const text of ['State and Madison', 'Madison & State', '0 N State']) {
      const point = located(text);
      expect(haversineMetres(point.latitude, point.longitude, STATE_AND_MADISON.latitude, STATE_AND_MADISON.longitude)).toBeLessThan(1);
    }
  });

  it('agrees between an address and the crossing at the same place', () => {
    const address = located('2600 S Kedzie');
    const crossing = located('26th and Kedzie');
    expect(haversineMetres(address.latitude, address.longitude, crossing.latitude, crossing.longitude)).toBeLessThan(1);
    const westward = located('3200 W 26th St');
    expect(haversineMetres(westward.latitude, westward.longitude, crossing.latitude, crossing.longitude)).toBeLessThan(1);
  });

  it('follows a diagonal street: Milwaukee moves west as the numbers go north', () => {
    const south = located('800 N Milwaukee');
    const north = located('2400 N Milwaukee');
    expect(north.longitude).toBeLessThan(south.longitude);
    expect(located('Milwaukee and Western').latitude).toBeGreaterThan(located('Madison and Western').latitude);
  });

  it('uses the line of the side of zero the crossing is on (Clark is straight south of Madison, diagonal north)', () => {
    const south = located('Clark and 26th');
    const north = located('Clark and Devon');
    expect(north.longitude).toBeLessThan(south.longitude);
  });

  it('takes the only side seen when the address has no direction, and asks when both were seen', () => {
    expect(locate('4000 Pulaski')).toMatchObject({ ok: true, label: '4000 N Pulaski' });
    expect(locate('2600 Kedzie')).toEqual({ ok: false, reason: 'ambiguous-direction', street: 'KEDZIE' });
  });

  it('uses the grid rule for a numbered street not in the table (47th St at 4700 S)', () => {
    const crossing = located('47th and Kedzie');
    const address = located('4700 S Kedzie');
    expect(haversineMetres(address.latitude, address.longitude, crossing.latitude, crossing.longitude)).toBeLessThan(1);
  });

  it('gives a reason when it cannot place', () => {
    expect(locate('1200 N Nowhere')).toEqual({ ok: false, reason: 'unknown-street', street: 'NOWHERE' });
    expect(locate('Nowhere and Kedzie')).toEqual({ ok: false, reason: 'unknown-street', street: 'NOWHERE' });
    expect(locate('Kedzie and Western')).toEqual({ ok: false, reason: 'not-crossing' });
    expect(locate('26th and Madison')).toEqual({ ok: false, reason: 'not-crossing' });
    expect(locate('99999 N Kedzie')).toEqual({ ok: false, reason: 'outside-chicago' });
    expect(locate('2600 W Kedzie')).toEqual({ ok: false, reason: 'unknown-street', street: 'KEDZIE' });
  });

  it('labels what it understood', () => {
    expect(locate('26th and Kedzie')).toMatchObject({ ok: true, label: '26th & Kedzie' });
    expect(locate('1200 s st. louis ave')).toMatchObject({ ok: true, label: '1200 S Saint Louis' });
  });
});

describe('fitting the grid and measuring it by leave-one-out', () => {
  it('recovers the street lines of the fixture, including the diagonal', () => {
    const model = fitModel(fixturePoints, { knotSpacing: 400, smoothing: 0.1 });
    const streets = new Map(model.streets.map(([name, ...segments]) => [name, segments]));
    expect(streets.get('KEDZIE')?.[0]?.[1]).toBeCloseTo(-3200, -1);
    expect(streets.get('26')?.[0]?.[1]).toBeCloseTo(-2600, -1);
    const [milwaukee] = streets.get('MILWAUKEE') ?? [];
    expect(milwaukee?.[2]).toBeCloseTo(-1.1, 1);
  });

  it('measures the piecewise fit better than one affine fit on a grid with a kink at Roosevelt', () => {
    const affine = leaveOneOut(fixturePoints, { knotSpacing: 0, smoothing: 1 });
    const piecewise = leaveOneOut(fixturePoints, { knotSpacing: 400, smoothing: 0.1 });
    expect(piecewise.median).toBeLessThan(affine.median);
    expect(piecewise.median).toBeLessThan(15);
    expect(piecewise.p90).toBeLessThan(40);
    expect(piecewise.tested + piecewise.untestable).toBe(fixturePoints.length);
  });

  it('sets aside a point the City put on the wrong street', () => {
    const misplaced: CalibrationPoint = { number: 1100, direction: 'N', street: 'KEDZIE', latitude: 41.8819, longitude: -87.6278 };
    const { kept, dropped } = withoutOutliers([...fixturePoints, misplaced], { knotSpacing: 400, smoothing: 0.1 });
    expect(dropped).toEqual([misplaced]);
    expect(kept).toHaveLength(fixturePoints.length);
    const model = fitModel(kept, { knotSpacing: 400, smoothing: 0.1 });
    expect(errorMetres(model, misplaced)).toBeGreaterThan(1000);
  });
});

describe('the shipped table, data/geo/streets.json', () => {
  const table = streetTableSchema.parse(readJson('../../data/geo/streets.json'));
  const areas = communityAreasSchema.parse(readJson('../../data/geo/community-areas.json'));
  const areaOf = (text: string) => {
    const point = located(text, table);
    return communityAreaAt(areas, point.latitude, point.longitude);
  };

  it.each([
    ['26th and Kedzie', 'SOUTH LAWNDALE'],
    ['Kedzie and 26th', 'SOUTH LAWNDALE'],
    ['2600 S Kedzie', 'SOUTH LAWNDALE'],
    ['3200 W 26th St', 'SOUTH LAWNDALE'],
    ['Devon & Western', 'WEST RIDGE'],
    ['State and Madison', 'LOOP'],
    ['1805 S Ashland Ave', 'LOWER WEST SIDE'],
  ])('puts %s in %s', (text, area) => {
    expect(areaOf(text)?.toUpperCase()).toBe(area);
  });

  it('places the same corner the same way by address and by crossing', () => {
    const address = located('2600 S Kedzie', table);
    const crossing = located('26th and Kedzie', table);
    // Both come from Kedzie's line and the grid fit; only 26th St's own line can move the crossing.
    expect(haversineMetres(address.latitude, address.longitude, crossing.latitude, crossing.longitude)).toBeLessThan(100);
  });

  it('was measured, and is accurate to about a quarter of a block', () => {
    // A Chicago block is 100 house numbers, about 200 m. City geocodes sit on building or parcel centroids up to
    // ~30 m off the street line, so a median under 60 m means a typical address lands within a quarter block, and
    // a 90th percentile under 200 m means nine in ten land within one block.
    expect(table.loo.n).toBeGreaterThan(1000);
    expect(table.meta.n).toBeGreaterThanOrEqual(table.loo.n);
    expect(table.loo.med).toBeLessThan(60);
    expect(table.loo.p90).toBeLessThan(200);
    expect(table.meta.src.map((source) => source.f)).not.toContain('naiPartners.csv');
  });

  it('says when a street is unknown', () => {
    expect(locate('1200 N Nonexistent Ave', table)).toEqual({ ok: false, reason: 'unknown-street', street: 'NONEXISTENT' });
    expect(locate('Nonexistent and Kedzie', table)).toEqual({ ok: false, reason: 'unknown-street', street: 'NONEXISTENT' });
  });

  it('stays small enough to load when someone first types a place', () => {
    expect(readFileSync(new URL('../../data/geo/streets.json', import.meta.url)).length).toBeLessThan(40_000);
  });
});
