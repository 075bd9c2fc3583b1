import type { StreetLocator } from './place';

let locator: Promise<StreetLocator> | undefined;

/**
 * The street-grid geocoder and its table (built by scripts/build-geocoder.ts from the City's geocoded
 * addresses), fetched the first time someone asks for a place, then kept.
 */
export function loadStreetLocator(): Promise<StreetLocator> {
  locator ??= Promise.all([import('./streetGrid'), import('../../data/geo/streets.json')]).then(
    ([{ streetLocatorFor, streetTableSchema }, streets]) => streetLocatorFor(streetTableSchema.parse(streets.default)),
    (error: unknown) => {
      locator = undefined;
      throw error;
    },
  );
  return locator;
}
