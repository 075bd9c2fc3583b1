import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** The specification's own check: every object of the schema closed to the properties it names. */
export function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === 'properties' && typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, closed(inner)])) : closed(value),
    ]),
  );
  return 'properties' in copy ? { ...copy, additionalProperties: false } : copy;
}

/** A checker for HSDS 3.0 compiled services, closed as the specification checks its examples: problems as "path message". */
export function serviceChecker(root = process.cwd()): (value: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema: unknown = JSON.parse(readFileSync(resolve(root, 'scripts/hsds/schema/service.json'), 'utf8'));
  const check = ajv.compile(closed(schema) ?? {});
  return (value) => (check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`));
}
