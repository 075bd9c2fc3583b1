// Made by scripts/validatedDataModules.ts from data/geo/nearby-places.json, checked against its zod schema at build time.

declare module 'virtual:geo/nearby-places' {
  const nearby: import('./geoSchemas').NearbyPlaces;
  export default nearby;
}
