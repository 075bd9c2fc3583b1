export interface LatLng {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METRES = 6_371_008.8;
export const METRES_PER_MILE = 1609.344;

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance: exact enough at city scale and cheap enough for 30,000 records per place. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The mean of a ring's vertices weighted by area: the centre of a community area or ZIP. */
export function polygonCentroid(ring: readonly (readonly number[])[]): LatLng | undefined {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) return undefined;
  return { longitude: x / (3 * area), latitude: y / (3 * area) };
}
