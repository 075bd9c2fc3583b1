import type { z } from 'zod/mini';
import type { hoursSchema, locationSchema, openingSchema, phoneSchema } from './schemaParts';

export type Phone = z.infer<typeof phoneSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Opening = z.infer<typeof openingSchema>;
