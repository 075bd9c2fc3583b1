import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { TableSchema } from './tabular';

const datapackageSchema = z.object({
  resources: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      schema: z.object({
        fields: z.array(z.object({ name: z.string(), type: z.string(), format: z.optional(z.string()), constraints: z.optional(z.object({ required: z.optional(z.boolean()) })) })),
      }),
    }),
  ),
});

/** The tables of HSDS 3.0's tabular form, from the specification's datapackage.json (copied in scripts/hsds/schema). */
export function datapackageTables(root = process.cwd()): { tables: TableSchema[]; datapackage: unknown } {
  const datapackage: unknown = JSON.parse(readFileSync(resolve(root, 'scripts/hsds/schema/datapackage.json'), 'utf8'));
  const { resources } = datapackageSchema.parse(datapackage);
  const tables = resources.map(({ name, path, schema }) => ({
    name,
    path,
    fields: schema.fields.map(({ name: field, type, format, constraints }) => ({ name: field, type, format, required: constraints?.required === true })),
  }));
  return { tables, datapackage };
}
