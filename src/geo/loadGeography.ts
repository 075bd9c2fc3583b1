import { communityAreasSchema, zipAreasSchema, type CommunityAreas, type ZipAreas } from './boundaries';

export interface Boundaries {
  areas: CommunityAreas;
  zips: ZipAreas;
}

let boundaries: Promise<Boundaries> | undefined;

/** The community-area and ZIP outlines, fetched the first time a place or the basemap needs them, then kept. */
export function loadBoundaries(): Promise<Boundaries> {
  boundaries ??= Promise.all([import('../../data/geo/community-areas.json'), import('../../data/geo/zip-codes.json')]).then(
    ([areas, zips]) => ({ areas: communityAreasSchema.parse(areas.default), zips: zipAreasSchema.parse(zips.default) }),
    (error: unknown) => {
      // Offline before the files were cached: let the next attempt try again.
      boundaries = undefined;
      throw error;
    },
  );
  return boundaries;
}
