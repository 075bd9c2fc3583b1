import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { translationFileSchema, type TranslationFile } from '../src/data/schema';
import { englishTextHash } from '../src/data/englishTextHash';
import { validateDataset } from '../src/data/validate';
import { validateTranslations } from '../src/data/validateTranslations';
import { formatProblem } from '../src/data/validate';
import { readDataFiles, TRANSLATIONS_DIR } from './readDataFiles';

/**
 * Adds translated record names and descriptions to data/translations/<locale>.json, each tied to the
 * English it was made from. Input: a JSON object { "<record id>": { "name": "…", "description": "…" } }.
 *
 *   npm run add:translations -- <locale> <translated.json> "<how they were made>"
 */
const [locale, inputPath, method] = process.argv.slice(2);
if (!locale || !inputPath || !method) {
  console.error('Usage: npm run add:translations -- <locale> <translated.json> "<how they were made>"');
  process.exit(2);
}

const inputSchema = z.record(z.string(), z.object({ name: z.string(), description: z.optional(z.string()) }));
const input = inputSchema.parse(JSON.parse(readFileSync(inputPath, 'utf8')));
const { records } = validateDataset(readDataFiles(process.cwd()).files);
const byId = new Map(records.map((record) => [record.id, record]));

const target = join(process.cwd(), TRANSLATIONS_DIR, `${locale}.json`);
const existing: TranslationFile = existsSync(target)
  ? translationFileSchema.parse(JSON.parse(readFileSync(target, 'utf8')))
  : { locale, method, date: new Date().toISOString().slice(0, 10), records: {} };

const merged: TranslationFile['records'] = { ...existing.records };
for (const [id, { name, description }] of Object.entries(input)) {
  const record = byId.get(id);
  if (!record) {
    console.error(`${inputPath}: "${id}": no record has this id; skipped`);
    continue;
  }
  merged[id] = { name: name.trim(), ...(description ? { description: description.trim() } : {}), of: englishTextHash(record) };
}
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
const file: TranslationFile = { locale, method, date: new Date().toISOString().slice(0, 10), records: sorted };

const problems = validateTranslations({ file: `${TRANSLATIONS_DIR}/${locale}.json`, content: file }, records);
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n${problems.length} problem(s): nothing was written.`);
  process.exit(1);
}
writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} records translated in ${TRANSLATIONS_DIR}/${locale}.json.`);
