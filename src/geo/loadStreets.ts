import type { StreetLocator } from './place';

let locator: Promise<StreetLocator> | undefined;

/**
 * The street-grid geocoder and its table (built by scripts/build-geocoder.ts from the City's geocoded
 * addresses), fetched the first time someone asks for a place, then kept.
 */
export function loadStreetLocator(): Promise<StreetLocator> {
  locator ??= Promise.all([import('./streetGrid'), import('../../data/geo/streets.json')]).then(
    ([{ parseStreetPlace, locateStreetPlace, streetTableSchema }, streets]) => {
      const table = streetTableSchema.parse(streets.default);
      return {
        locate(text) {
          const place = parseStreetPlace(text);
          if (!place) return null;
          const found = locateStreetPlace(place, table);
          return found.ok
            ? { ok: true, place: { latitude: found.latitude, longitude: found.longitude, kind: 'street', label: found.label } }
            : { ok: false, problem: found.reason, detail: found.street };
        },
      };
    },
    (error: unknown) => {
      locator = undefined;
      throw error;
    },
  );
  return locator;
}
