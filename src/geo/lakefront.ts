import type { CommunityAreas } from './boundaries';

/** Where the city's eastern edge is the lake shore; south of this it is the Indiana state line on land. */
const SOUTHERN_SHORE = 41.705;
const NORTHERN_SHORE = 42.023;
const STEP = 0.002;
/** How far east and north the drawn lake reaches: beyond any view of the city. */
const OPEN_WATER = -86.0;
const FAR_NORTH = 42.6;

/**
 * Lake Michigan as a polygon, [latitude, longitude] pairs, drawn from the community-area outlines:
 * at each latitude the city's easternmost edge is the shore. It orients a map without tiles; it is
 * not a survey of the shoreline.
 */
export function lakePolygon(areas: CommunityAreas): [number, number][] {
  const rows = Math.floor((NORTHERN_SHORE - SOUTHERN_SHORE) / STEP) + 1;
  const east = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  for (const area of areas.features) {
    for (const polygon of area.geometry.coordinates) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i += 1) {
          const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
          const [x1 = 0, y1 = 0] = ring[i] ?? [];
          const first = Math.max(0, Math.ceil((Math.min(y0, y1) - SOUTHERN_SHORE) / STEP));
          const last = Math.min(rows - 1, Math.floor((Math.max(y0, y1) - SOUTHERN_SHORE) / STEP));
          for (let row = first; row <= last; row += 1) {
            const latitude = SOUTHERN_SHORE + row * STEP;
            const x = y1 === y0 ? Math.max(x0, x1) : x0 + ((latitude - y0) / (y1 - y0)) * (x1 - x0);
            if (x > (east[row] ?? Number.NEGATIVE_INFINITY)) east[row] = x;
          }
        }
      }
    }
  }
  const shore: [number, number][] = [];
  east.forEach((longitude, row) => {
    if (Number.isFinite(longitude)) shore.push([SOUTHERN_SHORE + row * STEP, longitude]);
  });
  const [south] = shore;
  const north = shore.at(-1);
  if (!south || !north) return [];
  // North of the city the shore is carried straight on: the map only needs to show which way the lake is.
  return [...shore, [FAR_NORTH, north[1]], [FAR_NORTH, OPEN_WATER], [south[0], OPEN_WATER]];
}
