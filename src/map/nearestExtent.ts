import type { LatLngTuple } from 'leaflet';
import { distanceMetres } from '../geo/distance';
import type { Place } from '../geo/place';
import { extentOf, type Extent } from './FitToResults';

/** How many of the nearest services the map frames with the place: enough to choose from, close enough to read the streets. */
export const NEAREST_FRAMED = 5;

/**
 * Where the map opens: every result, or with a place, the place and the nearest few, so the person sees
 * where they are and what is closest instead of the whole city.
 */
export function framedExtent(points: readonly LatLngTuple[], place: Place | null): Extent {
  if (place === null) return extentOf(points);
  const here: LatLngTuple = [place.latitude, place.longitude];
  // One pass keeping the few nearest: no sort of 30,000 points each time the results change.
  const nearest: { point: LatLngTuple; metres: number }[] = [];
  for (const point of points) {
    const metres = distanceMetres(place, { latitude: point[0], longitude: point[1] });
    if (nearest.length === NEAREST_FRAMED && metres >= (nearest[NEAREST_FRAMED - 1]?.metres ?? Infinity)) continue;
    const at = nearest.findIndex((kept) => kept.metres > metres);
    nearest.splice(at === -1 ? nearest.length : at, 0, { point, metres });
    if (nearest.length > NEAREST_FRAMED) nearest.pop();
  }
  return extentOf([...nearest.map(({ point }) => point), here]);
}
