import type { CommunityAreas, ZipAreas } from './boundaries';

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
