/**
 * Search benchmark: index build time and per-keystroke query-plus-filter latency on the real data and
 * on synthetic sets of 3,000 and 30,000 records, beside an untuned Fuse.js default on the same queries.
 * Usage: npm run bench [-- --quick]
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { DEFAULT_STATE, type SearchState } from '../src/filters/searchState';
import { selectResults } from '../src/filters/selectResults';
import type { ServiceRecord } from '../src/data/schema';
import { validateDataset } from '../src/data/validate';
import { loadNamesInEveryLanguage } from '../src/i18n/searchNames';
import { createSearchIndex, loadEverydayWords } from '../src/search/searchIndex';
import { syntheticRecords } from './bench/synthetic';
import { readDataFiles } from './readDataFiles';

// Measured as the app searches once the first screen is drawn: every language's names and the everyday words.
await Promise.all([loadNamesInEveryLanguage(), loadEverydayWords()]);

const QUERIES = ['abogado', 'food pantry', 'legal help spanish pilsen', 'shelter tonight', 'imigration lawyer', 'clinic', 'prawnik', 'centro', 'daca renewals', 'english classes'];
const FILTERS: Partial<SearchState>[] = [{}, { categories: ['legal'] }, { open: { kind: 'now' } }, { languages: ['es'] }];
const NOW = new Date('2025-11-25T16:00:00Z');
const PLACE = { latitude: 41.8445, longitude: -87.705 };

/** Every prefix of every query, as a person types it. */
const KEYSTROKES = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function time(run: () => void, repeats: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

function keystrokeSamples(search: (query: string, filter: Partial<SearchState>) => void): number[] {
  const samples: number[] = [];
  KEYSTROKES.forEach((query, i) => {
    const filter = FILTERS[i % FILTERS.length] ?? {};
    samples.push(...time(() => search(query, filter), 1));
  });
  return samples.sort((a, b) => a - b);
}

function measure(label: string, records: ServiceRecord[]) {
  const [build = 0] = time(() => createSearchIndex(records), 1);
  const index = createSearchIndex(records);
  // Warm up the JIT before measuring.
  for (const query of QUERIES) selectResults(index, { ...DEFAULT_STATE, query }, NOW);
  const tuned = keystrokeSamples((query, filter) => selectResults(index, { ...DEFAULT_STATE, ...filter, query }, NOW));
  // A place set: distances are worked out once per place, then each keystroke sorts and filters by them.
  const [placeChange = 0] = time(() => selectResults(index, { ...DEFAULT_STATE, near: 'x', sort: 'distance' }, NOW, PLACE), 1);
  const nearby = keystrokeSamples((query, filter) =>
    selectResults(index, { ...DEFAULT_STATE, ...filter, query, near: 'x', within: 2, sort: query.length % 2 ? 'distance' : 'relevance' }, NOW, PLACE),
  );

  const defaultKeys = ['name', 'organization.name', 'description', 'categories', 'services', 'location.communityArea'];
  const [defaultBuild = 0] = time(() => new Fuse(records, { keys: defaultKeys }), 1);
  const plain = new Fuse(records, { keys: defaultKeys });
  const untuned = keystrokeSamples((query) => plain.search(query));

  const row = (engine: string, buildMs: number, samples: number[]) =>
    `| ${label} | ${records.length.toLocaleString('en-US')} | ${engine} | ${buildMs.toFixed(0)} | ${percentile(samples, 0.5).toFixed(2)} | ${percentile(samples, 0.95).toFixed(2)} |`;
  console.log(row('this index, query + filters', build, tuned));
  console.log(row('this index, with a place: radius, nearest first', placeChange, nearby));
  console.log(row('Fuse.js defaults, query only', defaultBuild, untuned));
}

const quick = process.argv.includes('--quick');
// What the app ships: defunct listings stay in data/ but are never searched.
const real = validateDataset(readDataFiles(process.cwd()).files).records.filter((record) => record.status !== 'defunct');
console.log(`${KEYSTROKES.length} keystrokes (every prefix of ${QUERIES.length} queries), filters rotating through ${FILTERS.length} settings.\n`);
console.log('Build is the index build; on the "with a place" rows it is the one-off cost of a new place (distances and their order).\n');
console.log('| Data | Records | Engine | Build (ms) | Keystroke median (ms) | Keystroke p95 (ms) |');
console.log('| --- | --- | --- | --- | --- | --- |');
measure('real', real);
measure('synthetic', syntheticRecords(3_000));
if (!quick) measure('synthetic', syntheticRecords(30_000));
