// Modules made by scripts/validatedDataModules.ts: data checked against the zod schema at build time.

declare module 'virtual:listings' {
  /** Every record in data/records/*.json, in file-name order. */
  const records: import('./schema').ServiceRecord[];
  export default records;
}

declare module 'virtual:record-translations' {
  /** A loader per data/translations/<locale>.json, keyed by locale: translations by record id. */
  export const translationFiles: Record<string, () => Promise<{ default: Record<string, import('./schema').RecordTranslation> }>>;
}

declare module 'virtual:geo/community-areas' {
  const areas: import('../geo/geoSchemas').CommunityAreas;
  export default areas;
}

declare module 'virtual:geo/zip-codes' {
  const zips: import('../geo/geoSchemas').ZipAreas;
  export default zips;
}

declare module 'virtual:geo/streets' {
  const table: import('../geo/geoSchemas').StreetTable;
  export default table;
}

declare module 'virtual:retired-listings' {
  /** Where merged ids went, and what is known of each closed listing. */
  const retired: import('./retired').RetiredListings;
  export default retired;
}
