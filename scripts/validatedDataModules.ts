import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { RetiredListings } from '../src/data/retired';
import { translationFileSchema, type ServiceRecord } from '../src/data/schema';
import { isClosedStatus } from '../src/data/vocabulary';
import { formatProblem, validateDataset } from '../src/data/validate';
import { communityAreasSchema, nearbyPlacesSchema, streetTableSchema, zipAreasSchema } from '../src/geo/geoSchemas';
import { jsonModule, readCheckedJson } from './checkedJson';
import { readDataFiles, RECORDS_DIR, TRANSLATIONS_DIR } from './readDataFiles';

const LISTINGS = 'virtual:listings';
const RETIRED = 'virtual:retired-listings';
const TRANSLATIONS = 'virtual:record-translations';
const GEO = 'virtual:geo';
/** data/geo/<name>.json and the shape it must have. */
const GEO_SCHEMAS = {
  'community-areas': communityAreasSchema,
  'zip-codes': zipAreasSchema,
  streets: streetTableSchema,
  'nearby-places': nearbyPlacesSchema,
};

/**
 * Records from one import share their sources, their check date and how their points were found. Sent
 * once and referred to by number, they cost a few percent less to download, once gzip has done
 * what it can; the module puts them back before anything reads the records. Used only where smaller.
 */
export function listingsModule(records: readonly ServiceRecord[]): string {
  const shared: unknown[] = [];
  const keys = new Map<string, number>();
  const ref = (value: unknown): number => {
    const key = JSON.stringify(value);
    let index = keys.get(key);
    if (index === undefined) {
      index = shared.push(value) - 1;
      keys.set(key, index);
    }
    return index;
  };
  const packed = records.map((record) => {
    const point = record.location?.point;
    return {
      ...record,
      sources: ref(record.sources),
      verified: ref(record.verified),
      ...(record.location && point ? { location: { ...record.location, point: { ...point, source: ref(point.source) } } } : {}),
    };
  });
  const withShared =
    `const shared = JSON.parse(${JSON.stringify(JSON.stringify(shared))});\n` +
    `export default JSON.parse(${JSON.stringify(JSON.stringify(packed))}).map((record) => {\n` +
    `  record.sources = shared[record.sources];\n` +
    `  record.verified = shared[record.verified];\n` +
    `  const point = record.location?.point;\n` +
    `  if (point) point.source = shared[point.source];\n` +
    `  return record;\n` +
    `});`;
  const plain = jsonModule(records);
  const gzipped = (code: string): number => gzipSync(code, { level: 9 }).length;
  return gzipped(withShared) < gzipped(plain) ? withShared : plain;
}

/**
 * What old links need of listings that are no longer shown: where a merged id went, and for a closed
 * place its name, closing date and the source that says so. Small, and fetched only when a link asks.
 */
export function retiredListings(records: readonly ServiceRecord[]): RetiredListings {
  const closed: RetiredListings['closed'] = {};
  const merged: RetiredListings['merged'] = {};
  for (const record of records) {
    for (const former of record.formerIds ?? []) merged[former] = record.id;
    if (!isClosedStatus(record.status)) continue;
    const source = record.sources.find((candidate) => candidate.fields.includes('status')) ?? record.sources[0];
    if (!source) continue;
    closed[record.id] = {
      name: record.name,
      ...(record.closedOn ? { closedOn: record.closedOn } : {}),
      source: { name: source.name, url: source.url, date: source.date },
    };
  }
  return { closed, merged };
}

/**
 * What the public app may hold: a closed listing stays in data/ for the record but never among results,
 * and a confidential address never leaves data/, so no card, map, print-out or export can show it.
 */
export function publicListings(records: readonly ServiceRecord[]): ServiceRecord[] {
  return records
    .filter((record) => !isClosedStatus(record.status))
    .map((record) => {
      if (!record.confidentialAddress) return record;
      const hidden = { ...record };
      delete hidden.location;
      return hidden;
    });
}

/** The listings module for the records under root, or what is wrong with them (file, record id, field). */
export function listingsSource(root: string): { code: string; retired: string; files: string[]; problems: string[] } {
  const { files, unreadable } = readDataFiles(root, RECORDS_DIR);
  const { records, problems } = validateDataset(files);
  return {
    code: listingsModule(publicListings(records)),
    retired: jsonModule(retiredListings(records)),
    files: files.map(({ file }) => file),
    problems: [...unreadable, ...problems.map(formatProblem)],
  };
}

function namesIn(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** An index module: `{ "<name>": () => import("<prefix>/<name>") }` for every file in the folder. */
function indexModule(exported: string, prefix: string, names: readonly string[]): string {
  const entries = names.map((name) => `${JSON.stringify(name)}: () => import(${JSON.stringify(`${prefix}/${name}`)})`);
  return `export const ${exported} = {${entries.join(', ')}};`;
}

/**
 * The listings and their translations as the browser gets them: checked against the zod schema here,
 * at build time, and shipped in the schema's output form (defaults filled in, text trimmed). A file
 * that fails stops the build with its file, record id and field, so the browser needs no validator.
 *
 * - `virtual:listings` is every record in data/records/*.json, in file-name order: one file to fetch,
 *   since on a slow mobile network each request costs a round trip, and one gzip stream compresses better.
 * - `virtual:retired-listings` is what old links need of defunct and merged listings (retiredListings()).
 * - `virtual:record-translations` exports `translationFiles`, a loader per data/translations/<locale>.json;
 *   `virtual:record-translations/<locale>` is that file's translations by record id.
 * - `virtual:geo/community-areas`, `virtual:geo/zip-codes`, `virtual:geo/streets` and `virtual:geo/nearby-places`
 *   are data/geo/<name>.json.
 */
export function validatedDataModules(root = process.cwd()): Plugin {
  return {
    name: 'validated-data-modules',
    resolveId(id) {
      const ours = id === LISTINGS || id === RETIRED || id === TRANSLATIONS || [TRANSLATIONS, GEO].some((prefix) => id.startsWith(`${prefix}/`));
      return ours ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const module = id.slice(1);
      if (module === LISTINGS || module === RETIRED) {
        const { code, retired, files, problems } = listingsSource(root);
        for (const file of files) this.addWatchFile(path.join(root, file));
        if (problems.length > 0) this.error(`Invalid data, nothing was built:\n${problems.join('\n')}`);
        return module === LISTINGS ? code : retired;
      }
      if (module === TRANSLATIONS) {
        return indexModule('translationFiles', TRANSLATIONS, namesIn(root, TRANSLATIONS_DIR));
      }
      if (module.startsWith(`${TRANSLATIONS}/`)) {
        const file = `${TRANSLATIONS_DIR}/${module.slice(TRANSLATIONS.length + 1)}.json`;
        this.addWatchFile(path.join(root, file));
        const checked = readCheckedJson(root, file, translationFileSchema);
        if ('problem' in checked) this.error(`Invalid data, nothing was built: ${checked.problem}`);
        return jsonModule(checked.data.records);
      }
      if (module.startsWith(`${GEO}/`)) {
        const name = module.slice(GEO.length + 1);
        const schema = Object.entries(GEO_SCHEMAS).find(([known]) => known === name)?.[1];
        if (!schema) this.error(`No such geography file: ${module}`);
        const file = `data/geo/${name}.json`;
        this.addWatchFile(path.join(root, file));
        const checked = readCheckedJson(root, file, schema);
        if ('problem' in checked) this.error(`Invalid data, nothing was built: ${checked.problem}`);
        return jsonModule(checked.data);
      }
      return undefined;
    },
  };
}
