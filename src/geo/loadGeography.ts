import type { CommunityAreas, ZipAreas } from './boundaries';
import type { NearbyPlaces } from './geoSchemas';

export interface Boundaries {
  areas: CommunityAreas;
  zips: ZipAreas;
}

let boundaries: Promise<Boundaries> | undefined;

/** The community-area and ZIP outlines, fetched the first time a place or the basemap needs them, then kept. */
export function loadBoundaries(): Promise<Boundaries> {
  // Checked at build time (scripts/validatedDataModules.ts).
  boundaries ??= Promise.all([import('virtual:geo/community-areas'), import('virtual:geo/zip-codes')]).then(
    ([areas, zips]) => ({ areas: areas.default, zips: zips.default }),
    (error: unknown) => {
      // Offline before the files were cached: let the next attempt try again.
      boundaries = undefined;
      throw error;
    },
  );
  return boundaries;
}

let nearby: Promise<NearbyPlaces> | undefined;

/** Suburbs and suburban ZIPs with their points, fetched the first time a typed place is not in Chicago, then kept. */
export function loadNearbyPlaces(): Promise<NearbyPlaces> {
  // Checked at build time (scripts/validatedDataModules.ts), like the outlines.
  nearby ??= import('virtual:geo/nearby-places').then(
    (module) => module.default,
    (error: unknown) => {
      nearby = undefined;
      throw error;
    },
  );
  return nearby;
}
