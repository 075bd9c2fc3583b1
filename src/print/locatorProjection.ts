import { METRES_PER_MILE } from '../geo/distance';
import type { Extent } from '../geo/mainStreets';
import type { Unit } from '../filters/searchState';

/** A flat projection of a few miles of the city onto the locator map's drawing units. */
export interface Projection {
  width: number;
  height: number;
  x: (longitude: number) => number;
  y: (latitude: number) => number;
  /** What the drawing shows, in degrees. */
  extent: Extent;
  metresPerUnit: number;
}

const METRES_PER_DEGREE_LATITUDE = 111_320;
/** Below this span, in degrees, a single service or a tiny area would be drawn absurdly close up. */
const SMALLEST_SPAN = 0.004;

/** The projection that fits the [longitude, latitude] points into a drawing this wide, with a margin all round. */
export function projectionFor(located: readonly [number, number][], width: number): Projection {
  const longitudes = located.map(([longitude]) => longitude);
  const latitudes = located.map(([, latitude]) => latitude);
  const [west, east, south, north] = [Math.min(...longitudes), Math.max(...longitudes), Math.min(...latitudes), Math.max(...latitudes)];
  // A degree of longitude is shorter than one of latitude this far north.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * squeeze, SMALLEST_SPAN);
  const spanY = Math.max(north - south, SMALLEST_SPAN);
  const scale = (width * 0.9) / Math.max(spanX, spanY * 1.4);
  const height = Math.round(spanY * scale + width * 0.1);
  const [middleLongitude, middleLatitude] = [(west + east) / 2, (south + north) / 2];
  const longitudeAt = (x: number) => middleLongitude + (x - width / 2) / (squeeze * scale);
  const latitudeAt = (y: number) => middleLatitude - (y - height / 2) / scale;
  return {
    width,
    height,
    x: (longitude) => width / 2 + (longitude - middleLongitude) * squeeze * scale,
    y: (latitude) => height / 2 - (latitude - middleLatitude) * scale,
    extent: { west: longitudeAt(0), east: longitudeAt(width), north: latitudeAt(0), south: latitudeAt(height) },
    metresPerUnit: METRES_PER_DEGREE_LATITUDE / scale,
  };
}

/** Lengths a scale bar may show; each is written exactly by formatDistance. */
const BAR_METRES: Record<Unit, readonly number[]> = {
  mi: [0.1, 0.2, 0.5, 1, 2, 5, 10].map((miles) => miles * METRES_PER_MILE),
  km: [100, 200, 500, 1000, 2000, 5000, 10_000],
};

/** The round length nearest a fifth of the drawing's width. */
export function scaleBarMetres(projection: Pick<Projection, 'width' | 'metresPerUnit'>, unit: Unit): number {
  const wanted = (projection.width / 5) * projection.metresPerUnit;
  const lengths = BAR_METRES[unit];
  return lengths.reduce((best, length) => (Math.abs(Math.log(length / wanted)) < Math.abs(Math.log(best / wanted)) ? length : best), lengths[0] ?? wanted);
}
