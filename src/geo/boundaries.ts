import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { CommunityArea, CommunityAreas, ZipArea, ZipAreas } from './geoSchemas';

export type { CommunityArea, CommunityAreas, ZipArea, ZipAreas } from './geoSchemas';

type Area = CommunityArea | ZipArea;

/** The first area containing the point; GeoJSON is [longitude, latitude], so the order is converted here. */
export function areaContaining<T extends Area>(areas: readonly T[], latitude: number, longitude: number): T | undefined {
  return areas.find((area) => booleanPointInPolygon([longitude, latitude], area.geometry));
}

export function communityAreaAt(areas: CommunityAreas, latitude: number, longitude: number): string | undefined {
  return areaContaining(areas.features, latitude, longitude)?.properties.name;
}

/**
 * City geocodes sit on street centre lines, and ZIP boundaries often follow the same streets, so a
 * correct point can fall a few metres over the line. Beyond this it is a wrong point or a wrong ZIP.
 */
export const ZIP_EDGE_TOLERANCE_METRES = 30;

export function isInZip(areas: ZipAreas, zip: string, latitude: number, longitude: number): boolean {
  return areas.features.some(
    (area) =>
      area.properties.zip === zip &&
      (booleanPointInPolygon([longitude, latitude], area.geometry) ||
        distanceToEdgeMetres(area, latitude, longitude) <= ZIP_EDGE_TOLERANCE_METRES),
  );
}

const METRES_PER_DEGREE_LATITUDE = 111_320;

/** The shortest distance from the point to the area's outline, on a local flat projection (fine at city scale). */
export function distanceToEdgeMetres(area: Area, latitude: number, longitude: number): number {
  const metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180);
  const project = ([lng, lat]: [number, number]): [number, number] => [
    (lng - longitude) * metresPerDegreeLongitude,
    (lat - latitude) * METRES_PER_DEGREE_LATITUDE,
  ];
  let shortest = Number.POSITIVE_INFINITY;
  for (const polygon of area.geometry.coordinates) {
    for (const ring of polygon) {
      for (let index = 1; index < ring.length; index += 1) {
        const start = ring[index - 1];
        const end = ring[index];
        if (start && end) shortest = Math.min(shortest, distanceToSegment(project(start), project(end)));
      }
    }
  }
  return shortest;
}

/** Distance from the origin to the segment a-b. */
function distanceToSegment([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
