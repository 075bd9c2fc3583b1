import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInChicagoArea } from '../../src/data/chicagoArea';
import { communityAreaAt, isInZip, type CommunityAreas, type ZipAreas } from '../../src/geo/boundaries';
import { communityAreasSchema, zipAreasSchema } from '../../src/geo/geoSchemas';

export interface Boundaries {
  communityAreas: CommunityAreas;
  zipAreas: ZipAreas;
}

export function readBoundaries(root = process.cwd()): Boundaries {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, 'data', 'geo', name), 'utf8'));
  return {
    communityAreas: communityAreasSchema.parse(read('community-areas.json')),
    zipAreas: zipAreasSchema.parse(read('zip-codes.json')),
  };
}

export type Placement =
  | { ok: true; point: { latitude: number; longitude: number; source: string }; communityArea: string | undefined }
  | { ok: false; reason: string };

/** Checks a City geocode against the Chicago area and the polygon of the ZIP the row states. */
export function placePoint(
  boundaries: Boundaries,
  latitude: number,
  longitude: number,
  zip: string | undefined,
  source: string,
): Placement {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return { ok: false, reason: 'no coordinates' };
  if (!isInChicagoArea(latitude, longitude)) return { ok: false, reason: `coordinates ${latitude},${longitude} outside the Chicago area` };
  if (zip && !isInZip(boundaries.zipAreas, zip, latitude, longitude)) {
    return { ok: false, reason: `point ${latitude},${longitude} is not inside ZIP ${zip}` };
  }
  return {
    ok: true,
    point: { latitude, longitude, source },
    communityArea: communityAreaAt(boundaries.communityAreas, latitude, longitude),
  };
}

type PlacedPoint = Extract<Placement, { ok: true }>;

/** The location of a City site in Chicago at a checked point; key order kept stable for byte-identical files. */
export function chicagoLocation(street: string, zip: string | undefined, placement: PlacedPoint, line2?: string) {
  return {
    street,
    ...(line2 ? { line2 } : {}),
    city: 'Chicago',
    state: 'IL' as const,
    ...(zip ? { zip } : {}),
    ...(placement.communityArea ? { communityArea: placement.communityArea } : {}),
    point: placement.point,
  };
}
