import { gridToLatLng, invertKnots, streetLines, type StreetTable } from './streetGrid';

/**
 * The main streets of a stretch of the city as lines of latitude/longitude, from the street-grid table: each street's
 * line in grid units (house numbers) carried through the table's grid -> latitude/longitude fit.
 */

export interface StreetLatLngLine {
  name: string;
  /** [longitude, latitude] pairs, as in the boundary files. */
  points: [number, number][];
}

export interface Extent {
  south: number;
  north: number;
  west: number;
  east: number;
}

interface MainStreet {
  key: string;
  name: string;
  /**
   * The stretch of house numbers along the street that it runs, where the table's sides would mislead: a diagonal
   * that starts part-way up the grid, or a street the table only saw on one side of State or Madison.
   */
  along?: [number, number];
}

const NUMBERED_SOUTH = ['31st', '35th', '47th', '63rd', '71st', '79th', '87th', '95th', '103rd', '111th', '119th'];

/** The mile and half-mile arterials and the named major streets, the ones people give directions by. */
const MAIN_STREETS: readonly MainStreet[] = [
  { key: 'STATE', name: 'State', along: [-13800, 1200] },
  // Halsted ends where it meets Broadway, near Grace (3800 N); Michigan Avenue at Oak Street (1000 N).
  { key: 'MICHIGAN', name: 'Michigan', along: [-13800, 1000] },
  { key: 'HALSTED', name: 'Halsted', along: [-13800, 3800] },
  // Before Racine: in Uptown the two run side by side and only the first is drawn.
  { key: 'BROADWAY', name: 'Broadway', along: [2800, 6400] },
  { key: 'RACINE', name: 'Racine' },
  { key: 'ASHLAND', name: 'Ashland' },
  { key: 'DAMEN', name: 'Damen' },
  { key: 'WESTERN', name: 'Western' },
  { key: 'CALIFORNIA', name: 'California' },
  { key: 'KEDZIE', name: 'Kedzie' },
  { key: 'PULASKI', name: 'Pulaski' },
  { key: 'KOSTNER', name: 'Kostner' },
  { key: 'CICERO', name: 'Cicero' },
  { key: 'LARAMIE', name: 'Laramie', along: [-6400, 8000] },
  { key: 'CENTRAL', name: 'Central' },
  { key: 'AUSTIN', name: 'Austin', along: [-4000, 8000] },
  { key: 'NARRAGANSETT', name: 'Narragansett', along: [-6400, 8000] },
  { key: 'KING', name: 'King Dr', along: [-13400, -2200] },
  { key: 'COTTAGE GROVE', name: 'Cottage Grove', along: [-13800, -2200] },
  { key: 'STONY ISLAND', name: 'Stony Island', along: [-13000, -5600] },
  { key: 'JEFFERY', name: 'Jeffery', along: [-10400, -6700] },
  { key: 'CLARK', name: 'Clark', along: [1600, 7600] },
  { key: 'LINCOLN', name: 'Lincoln', along: [1800, 6500] },
  { key: 'MILWAUKEE', name: 'Milwaukee', along: [400, 6700] },
  { key: 'ARCHER', name: 'Archer', along: [-5500, -2000] },
  { key: 'OGDEN', name: 'Ogden', along: [-4000, -1000] },
  { key: 'LA SALLE', name: 'LaSalle', along: [-1200, 1600] },
  { key: 'MADISON', name: 'Madison' },
  { key: 'RANDOLPH', name: 'Randolph', along: [-1600, 400] },
  { key: 'JACKSON', name: 'Jackson', along: [-1600, 400] },
  { key: 'ROOSEVELT', name: 'Roosevelt' },
  { key: 'CERMAK', name: 'Cermak' },
  { key: 'PERSHING', name: 'Pershing' },
  { key: 'GARFIELD', name: 'Garfield (55th)' },
  { key: 'CHICAGO', name: 'Chicago' },
  { key: 'DIVISION', name: 'Division' },
  { key: 'NORTH', name: 'North' },
  { key: 'ARMITAGE', name: 'Armitage' },
  { key: 'FULLERTON', name: 'Fullerton' },
  { key: 'DIVERSEY', name: 'Diversey' },
  { key: 'BELMONT', name: 'Belmont' },
  { key: 'ADDISON', name: 'Addison' },
  { key: 'IRVING PARK', name: 'Irving Park' },
  { key: 'WILSON', name: 'Wilson' },
  { key: 'LAWRENCE', name: 'Lawrence' },
  { key: 'FOSTER', name: 'Foster' },
  { key: 'BRYN MAWR', name: 'Bryn Mawr' },
  { key: 'PETERSON', name: 'Peterson' },
  { key: 'DEVON', name: 'Devon' },
  { key: 'TOUHY', name: 'Touhy' },
  { key: 'HOWARD', name: 'Howard' },
  ...NUMBERED_SOUTH.map((name) => ({ key: name.replace(/\D/g, ''), name })),
];

/** How far past the side of zero the table saw a street it is still drawn, in house numbers. */
const SIDE_REACH = 800;
/** Straight streets closer than this, in house numbers, cannot both be told apart on the map. */
const TWIN_DISTANCE = 100;
/** The fit is piecewise linear at this spacing or coarser, so sampling at it follows every bend. */
const SAMPLE_STEP = 200;

function alongRange(sides: string, northSouth: boolean, reach: [number, number]): [number, number] {
  const [positive, negative] = northSouth ? ['N', 'S'] : ['E', 'W'];
  const low = sides.includes(negative ?? '') ? reach[0] : Math.max(reach[0], -SIDE_REACH);
  const high = sides.includes(positive ?? '') ? reach[1] : Math.min(reach[1], SIDE_REACH);
  return [low, high];
}

/** The grid rectangle that holds the extent, with some to spare for the fit's cross terms. */
function gridExtent(table: StreetTable, extent: Extent): { x: [number, number]; y: [number, number] } {
  const xs = [invertKnots(table.grid.lng, extent.west), invertKnots(table.grid.lng, extent.east)];
  const ys = [invertKnots(table.grid.lat, extent.south), invertKnots(table.grid.lat, extent.north)];
  const spare = 400;
  return {
    x: [Math.min(...xs) - spare, Math.max(...xs) + spare],
    y: [Math.min(...ys) - spare, Math.max(...ys) + spare],
  };
}

/** The main streets near the extent, each as a polyline reaching a little beyond it; the drawing clips them. */
export function mainStreetLines(table: StreetTable, extent: Extent): StreetLatLngLine[] {
  const entries = new Map(table.st.map((entry) => [entry[0], entry]));
  const grid = gridExtent(table, extent);
  const drawn: { northSouth: boolean; position: number; range: [number, number] }[] = [];
  return MAIN_STREETS.flatMap(({ key, name, along }) => {
    const entry = entries.get(key);
    if (!entry) return [];
    return streetLines(entry).flatMap((line) => {
      const reach = line.northSouth ? grid.y : grid.x;
      const [low, high] = alongRange(line.sides, line.northSouth, along ? [Math.max(reach[0], along[0]), Math.min(reach[1], along[1])] : reach);
      if (high <= low) return [];
      // Two straight streets a block apart would print as one thick line with two names.
      const twin = drawn.some(
        (other) =>
          line.slope === 0 && other.northSouth === line.northSouth && Math.abs(other.position - line.position) < TWIN_DISTANCE && other.range[0] < high && low < other.range[1],
      );
      if (twin) return [];
      if (line.slope === 0) drawn.push({ northSouth: line.northSouth, position: line.position, range: [low, high] });
      const points: [number, number][] = [];
      for (let at = low; ; at = Math.min(at + SAMPLE_STEP, high)) {
        const across = line.position + line.slope * at;
        const { latitude, longitude } = gridToLatLng(table.grid, line.northSouth ? { x: across, y: at } : { x: at, y: across });
        points.push([longitude, latitude]);
        if (at >= high) break;
      }
      return [{ name, points }];
    });
  });
}
