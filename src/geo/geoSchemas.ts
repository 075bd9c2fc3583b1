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
