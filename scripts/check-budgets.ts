/**
 * Builds the app and checks its sizes against scripts/budgets.json: initial JavaScript and CSS, the
 * search code fetched beside the listings, the search words fetched after the first screen, the whole app, the lazily loaded map chunk, the dataset, the
 * boundaries, the street grid and the largest language pack, all gzip -9, beside the Brotli copies that
 * `npm start` sends (scripts/precompressPlugin.ts). Prints a Markdown table (README keeps a copy) and fails
 * when a gzip size is over its limit.
 *
 * Usage: tsx scripts/check-budgets.ts   (npm run budget)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod/mini';
import { buildForProduction } from './productionBuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const budgetSchema = z.object({ label: z.string(), target: z.number(), limit: z.number() });
const budgetsSchema = z.object({
  initial: budgetSchema,
  search: budgetSchema,
  searchWords: budgetSchema,
  whole: budgetSchema,
  map: budgetSchema,
  dataset: budgetSchema,
  boundaries: budgetSchema,
  streets: budgetSchema,
  language: budgetSchema,
});
const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), src: z.optional(z.string()), imports: z.optional(z.array(z.string())), css: z.optional(z.array(z.string())) }),
);
type Manifest = z.infer<typeof manifestSchema>;

function gzipKb(outDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of new Set(files)) bytes += gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  return bytes / 1000;
}

/** What `npm start` sends: the Brotli copy where the build wrote one, the file itself where it is too small for one. */
function brotliKb(outDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of new Set(files)) {
    const copy = path.join(outDir, `${file}.br`);
    bytes += statSync(existsSync(copy) ? copy : path.join(outDir, file)).size;
  }
  return bytes / 1000;
}

/** The script, preloaded modules and style sheets that index.html itself loads. */
function initialFiles(outDir: string): string[] {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => tag.startsWith('<script') || /rel="(modulepreload|stylesheet)"/.test(tag))
    .flatMap((tag) => /(?:src|href)="\/?([^"]+\.(?:js|css))"/.exec(tag)?.[1] ?? []);
}

/** A manifest entry's file with everything it imports statically, and their CSS. */
function withImports(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  return [entry.file, ...(entry.css ?? []), ...(entry.imports ?? []).flatMap((imported) => withImports(manifest, imported, seen))];
}

function entriesFrom(manifest: Manifest, prefix: string): string[] {
  return Object.values(manifest).flatMap((entry) => (entry.src?.startsWith(prefix) ? [entry.file] : []));
}

async function main(): Promise<void> {
  const budgets = budgetsSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'scripts/budgets.json'), 'utf8')));
  const outDir = await mkdtemp(path.join(tmpdir(), 'helpmap-budget-'));
  try {
    await buildForProduction({ root: ROOT, logLevel: 'error', build: { outDir, manifest: true, emptyOutDir: true } });
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')));
    const dataset = entriesFrom(manifest, 'virtual:listings');
    const shared = new Set(withImports(manifest, 'src/app/main.tsx').concat(withImports(manifest, 'index.html')));
    // The map's own code: what ServiceMap brings that the app's start does not (it is preloaded, not needed to start).
    const mapFiles = withImports(manifest, 'src/map/ServiceMap.tsx').filter((file) => !shared.has(file));
    // The search code, fetched beside the listings: the first paint does not wait for it, the results do.
    const searchFiles = withImports(manifest, 'src/search/searchIndex.ts').filter((file) => !shared.has(file));
    const initial = initialFiles(outDir).filter((file) => !dataset.includes(file) && !mapFiles.includes(file) && !searchFiles.includes(file));
    if (mapFiles.length === 0) throw new Error('The build has no lazily loaded map chunk (src/map/ServiceMap.tsx).');
    if (searchFiles.length === 0) throw new Error('The build has no search chunk (src/search/searchIndex.ts).');
    // Every language's names and the everyday words: fetched once the first screen is drawn.
    const searchWordFiles = ['src/search/everydayWords.ts', 'src/search/crisisNeeds.ts', 'src/i18n/names/everyLanguage.ts']
      .flatMap((key) => withImports(manifest, key))
      .filter((file) => !shared.has(file) && !searchFiles.includes(file));
    if (searchWordFiles.length === 0) throw new Error('The build has no chunk of search words (src/search/everydayWords.ts).');
    const languages = new Map<string, string[]>();
    for (const entry of Object.values(manifest)) {
      const code = /^assets\/lang\/([A-Za-z-]+?)-[\w-]{8}\.js$/.exec(entry.file)?.[1];
      if (code) languages.set(code, [...(languages.get(code) ?? []), entry.file]);
    }
    const languageSizes = [...languages]
      .map(([code, files]) => ({ code, files, kb: gzipKb(outDir, files) }))
      .sort((a, b) => b.kb - a.kb);
    const largest = languageSizes[0];

    // Data is checked at build time; a validator in the browser's code means a schema import slipped back in.
    const withValidator = [...initial, ...searchFiles, ...mapFiles].filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes('_zod'));
    if (withValidator.length > 0) {
      console.error(`zod is in the browser's code (${withValidator.join(', ')}): import schemas with \`import type\` only.`);
      process.exitCode = 1;
    }

    const filesOf: Record<keyof typeof budgets, string[]> = {
      initial,
      search: searchFiles,
      searchWords: searchWordFiles,
      whole: [...initial, ...searchFiles, ...mapFiles],
      map: mapFiles,
      dataset,
      boundaries: [...entriesFrom(manifest, 'virtual:geo/community-areas'), ...entriesFrom(manifest, 'virtual:geo/zip-codes')],
      streets: entriesFrom(manifest, 'virtual:geo/streets'),
      language: largest?.files ?? [],
    };

    const keys = ['initial', 'search', 'searchWords', 'whole', 'map', 'dataset', 'boundaries', 'streets', 'language'] as const;
    const rows = keys.map((key) => {
      const budget = budgets[key];
      const size = gzipKb(outDir, filesOf[key]);
      const brotli = brotliKb(outDir, filesOf[key]);
      const status = size > budget.limit ? 'OVER LIMIT' : size > budget.target ? 'over target' : 'ok';
      const label = key === 'language' && largest ? `${budget.label}: ${largest.code}` : budget.label;
      return { label, size, brotli, budget, status };
    });
    console.log('| What | Size (KB gzip) | Target | Limit in CI | | As sent by `npm start` (KB Brotli) |');
    console.log('| --- | ---: | ---: | ---: | --- | ---: |');
    for (const row of rows) {
      console.log(`| ${row.label} | ${row.size.toFixed(1)} | ${row.budget.target} | ${row.budget.limit} | ${row.status} | ${row.brotli.toFixed(1)} |`);
    }
    const over = rows.filter((row) => row.status === 'OVER LIMIT');
    if (over.length > 0) {
      console.error(`\nOver the limit: ${over.map((row) => row.label).join('; ')}. See scripts/budgets.json.`);
      process.exitCode = 1;
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
