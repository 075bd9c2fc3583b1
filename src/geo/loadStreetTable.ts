import type { StreetTable } from './geoSchemas';

/** The street-grid table itself (checked at build time by scripts/validatedDataModules.ts), for drawing streets. */
export function loadStreetTable(): Promise<StreetTable> {
  return import('virtual:geo/streets').then((module) => module.default);
}
