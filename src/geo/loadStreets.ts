import type { StreetLocator } from './place';

let locator: Promise<StreetLocator> | undefined;

/**
 * The street-grid geocoder and its table (built by scripts/build-geocoder.ts from the City's geocoded
 * addresses), fetched the first time someone asks for a place, then kept.
 */
export function loadStreetLocator(): Promise<StreetLocator> {
  // The table is checked at build time (scripts/validatedDataModules.ts).
  locator ??= Promise.all([import('./streetGrid'), import('virtual:geo/streets')]).then(
    ([{ streetLocatorFor }, streets]) => streetLocatorFor(streets.default),
    (error: unknown) => {
      locator = undefined;
      throw error;
    },
  );
  return locator;
}
