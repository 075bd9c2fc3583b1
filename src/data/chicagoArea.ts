/**
 * A generous box around Chicago and the inner suburbs its residents use.
 * A point outside it is a bad geocode, not a far-away service.
 */
export const CHICAGO_AREA = {
  south: 41.6,
  north: 42.1,
  west: -88.0,
  east: -87.5,
} as const;

export function isInChicagoArea(latitude: number, longitude: number): boolean {
  return (
    latitude >= CHICAGO_AREA.south &&
    latitude <= CHICAGO_AREA.north &&
    longitude >= CHICAGO_AREA.west &&
    longitude <= CHICAGO_AREA.east
  );
}
