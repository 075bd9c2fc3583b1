import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod/mini';
import type { TableSchema } from '../tabular';
import { servicesFromTables } from './tabularFeed';

/**
 * A JSON file is read whole into memory: 5,000 services as compact JSON are 20 MB (npm run bench:import),
 * so this leaves room for twice that; a larger file is refused with a way forward instead.
 */
export const MAX_JSON_BYTES = 48 * 1024 * 1024;

export interface Feed {
  name: string;
  /** The date the feed itself shows, or "undated". */
  date: string;
  url?: string;
  services: unknown[];
}

export type FeedRead = { ok: true; feed: Feed } | { ok: false; problems: string[] };

export interface FeedOptions {
  name?: string;
  date?: string;
  url?: string;
}

const packageSchema = z.looseObject({ name: z.optional(z.string()), title: z.optional(z.string()), created: z.optional(z.string()), homepage: z.optional(z.string()) });

function readJson(path: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const size = statSync(path).size;
  if (size > MAX_JSON_BYTES) {
    return { ok: false, problem: `${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_JSON_BYTES / 1024 / 1024} MB a JSON feed may be: split it into several files in one folder, or send the tabular form (CSV files with datapackage.json)` };
  }
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { ok: false, problem: `${basename(path)} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A JSON file holds one compiled service, an array of them, or an object with a "services" array. */
function servicesInJson(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && 'services' in value && Array.isArray(value.services)) return value.services;
  return [value];
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'index.json').sort().map((name) => join(folder, name));
}

/**
 * An HSDS 3.0 dataset from a path: a JSON file, a folder of JSON files, or a folder in the tabular form
 * (datapackage.json beside the CSV files). The feed's name and date come from the options, else from
 * its datapackage.json, else the file's name and "undated".
 */
export function readFeed(path: string, tables: readonly TableSchema[], options: FeedOptions = {}): FeedRead {
  if (!existsSync(path)) return { ok: false, problems: [`${path}: no such file or folder`] };
  const isFolder = statSync(path).isDirectory();
  const packagePath = join(path, 'datapackage.json');
  const packageRead = isFolder && existsSync(packagePath) ? readJson(packagePath) : undefined;
  const about = (packageRead?.ok ? packageSchema.safeParse(packageRead.value).data : undefined) ?? {};
  const name = options.name ?? about.title ?? about.name ?? basename(path).replace(/\.json$/i, '');
  const date = options.date ?? about.created?.slice(0, 10) ?? 'undated';
  const url = options.url ?? about.homepage;
  const feed = (services: unknown[]): FeedRead => ({ ok: true, feed: { name, date, ...(url ? { url } : {}), services } });
  if (packageRead && !packageRead.ok) return { ok: false, problems: [packageRead.problem] };
  if (packageRead) {
    const { services, problems } = servicesFromTables(path, tables);
    return problems.length > 0 ? { ok: false, problems } : feed(services);
  }
  const files = isFolder ? jsonFiles(path) : [path];
  if (files.length === 0) return { ok: false, problems: [`${path}: no datapackage.json and no JSON files: not an HSDS dataset`] };
  const services: unknown[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const read = readJson(file);
    if (read.ok) services.push(...servicesInJson(read.value));
    else problems.push(read.problem);
  }
  return problems.length > 0 ? { ok: false, problems } : feed(services);
}
