import { z } from 'zod/mini';

// The shapes of data/geo/*.json. They are checked when the files are made and when the app is built
// (scripts/validatedDataModules.ts), so the browser gets checked data and never downloads zod.

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position);
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) });

export const communityAreaSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ name: z.string(), number: z.int() }),
  geometry: multiPolygon,
});

export const zipAreaSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ zip: z.string().check(z.regex(/^\d{5}$/)) }),
  geometry: multiPolygon,
});

export const communityAreasSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(communityAreaSchema) });
export const zipAreasSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(zipAreaSchema) });

/** Stays in the Chicago region: a point elsewhere is a swapped or mistyped coordinate. */
const regionLatitude = z.number().check(z.gte(41), z.lte(43));
const regionLongitude = z.number().check(z.gte(-89), z.lte(-86.5));

/** A municipality near Chicago: its name as people say it ("Oak Park"), its state, its internal point. */
const nearbyTownSchema = z.object({
  name: z.string().check(z.minLength(2)),
  kind: z.literal('place'),
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  lat: regionLatitude,
  lon: regionLongitude,
});
/** A ZIP Code Tabulation Area near Chicago, named by its ZIP, with its internal point. */
const nearbyZipSchema = z.object({
  name: z.string().check(z.regex(/^\d{5}$/)),
  kind: z.literal('zip'),
  lat: regionLatitude,
  lon: regionLongitude,
});

/** data/geo/nearby-places.json: suburbs and suburban ZIPs, so that a place outside Chicago still gives a point. */
export const nearbyPlacesSchema = z.object({
  v: z.literal(1),
  source: z.object({
    title: z.string().check(z.minLength(1)),
    url: z.url(),
    /** The date the dataset itself shows: a year, a month or a day, or "undated". */
    date: z.string().check(z.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/)),
    kind: z.literal('official-list'),
  }),
  /** Kept: within this many miles of the city's edge. */
  withinMiles: z.number().check(z.positive()),
  places: z.array(z.union([nearbyTownSchema, nearbyZipSchema])).check(z.minLength(1)),
});

export type NearbyPlace = z.infer<typeof nearbyPlacesSchema>['places'][number];
export type NearbyPlaces = z.infer<typeof nearbyPlacesSchema>;

export type CommunityArea = z.infer<typeof communityAreaSchema>;
export type ZipArea = z.infer<typeof zipAreaSchema>;
export type CommunityAreas = z.infer<typeof communityAreasSchema>;
export type ZipAreas = z.infer<typeof zipAreasSchema>;

const side = z.enum(['N', 'S', 'NS', 'E', 'W', 'EW']);
/** [sides, position] for a straight street; [sides, position, slope] for a diagonal one (position + slope * number). */
const segmentSchema = z.union([z.tuple([side, z.number()]), z.tuple([side, z.number(), z.number()])]);
/** [name, ...segments]: one segment when the line is the same on both sides of zero, else one per side. */
const streetSchema = z.tuple([z.string().check(z.minLength(1)), segmentSchema], segmentSchema);

/** A piecewise-linear function of one grid coordinate: values at knots start, start + step, … (linear beyond the ends). */
const knotsSchema = z.object({
  s: z.number(),
  d: z.number().check(z.positive()),
  v: z.array(z.number()).check(z.minLength(2)),
});

const gridSchema = z.object({
  /** latitude = lat(y) + lx * x */
  lat: knotsSchema,
  lx: z.number(),
  /** longitude = lng(x) + ly * y */
  lng: knotsSchema,
  ly: z.number(),
});

const accuracySchema = z.object({
  /** Median and 90th-percentile leave-one-out error in metres, and how many points were tested. */
  med: z.number(),
  p90: z.number(),
  n: z.int(),
});

export const streetTableSchema = z.object({
  v: z.literal(1),
  meta: z.object({
    src: z.array(z.object({ f: z.string(), d: z.string() })),
    /** Calibration points used. */
    n: z.int(),
    /** Knot spacing of the grid fit, in house numbers (0 for a single affine fit). */
    k: z.number(),
  }),
  loo: accuracySchema,
  grid: gridSchema,
  st: z.array(streetSchema),
});

export type StreetSegment = z.infer<typeof segmentSchema>;
export type StreetEntry = z.infer<typeof streetSchema>;
export type Knots = z.infer<typeof knotsSchema>;
export type GridFit = z.infer<typeof gridSchema>;
export type StreetTable = z.infer<typeof streetTableSchema>;
