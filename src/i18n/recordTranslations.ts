import type { RecordTranslation, ServiceRecord } from '../data/schema';
import { englishTextHash } from '../data/englishTextHash';

/** A piece of record text as shown: translated, or the English with a flag so the app can say so. */
export interface ShownText {
  text: string;
  inEnglish: boolean;
}

let locale = 'en';
let translations: ReadonlyMap<string, RecordTranslation> = new Map();
const loaded = new Map<string, ReadonlyMap<string, RecordTranslation>>();

async function translationsFor(code: string): Promise<ReadonlyMap<string, RecordTranslation>> {
  const cached = loaded.get(code);
  if (cached) return cached;
  // Checked at build time (scripts/validatedDataModules.ts); a language with no file shows the English, marked.
  // Imported here, not at the top, so that scripts run outside Vite (benchmarks) can use this module.
  const { translationFiles } = await import('virtual:record-translations');
  const load = translationFiles[code];
  const found: ReadonlyMap<string, RecordTranslation> = load ? new Map(Object.entries((await load()).default)) : new Map();
  loaded.set(code, found);
  return found;
}

/** Fetches the chosen locale's record translations, if it has any; only that one file is loaded. */
export async function loadRecordTranslations(code: string): Promise<void> {
  translations = await translationsFor(code);
  locale = code;
}

/** Fetches a second locale's record translations, for a bilingual handout, without switching to it. */
export async function preloadRecordTranslations(code: string): Promise<void> {
  await translationsFor(code);
}

const hashes = new WeakMap<ServiceRecord, string>();

/** Markers and cards ask on every draw: the hash of a record's English is worked out once. */
function hashOf(record: ServiceRecord): string {
  let hash = hashes.get(record);
  if (hash === undefined) {
    hash = englishTextHash(record);
    hashes.set(record, hash);
  }
  return hash;
}

/** The record's translation in a set, if it was made from the English the record has now. */
function translationIn(set: ReadonlyMap<string, RecordTranslation> | undefined, record: ServiceRecord): RecordTranslation | undefined {
  const translation = set?.get(record.id);
  // A translation made from older English may no longer say what the record says.
  return translation && translation.of === hashOf(record) ? translation : undefined;
}

/** A record's name in a given locale whose translations are loaded: its English name for English, else null where there is none. */
export function recordNameIn(code: string, record: ServiceRecord): string | null {
  if (code === 'en') return record.name;
  return translationIn(loaded.get(code), record)?.name ?? null;
}

/** English text as shown in the current locale: marked as English unless English is the locale. */
export function english(text: string): ShownText {
  return { text, inEnglish: locale !== 'en' };
}

function currentTranslation(record: ServiceRecord): RecordTranslation | undefined {
  return translationIn(translations, record);
}

export function recordName(record: ServiceRecord): ShownText {
  const translation = currentTranslation(record);
  return translation ? { text: translation.name, inEnglish: false } : english(record.name);
}

export function recordDescription(record: ServiceRecord): ShownText | undefined {
  if (record.description === undefined) return undefined;
  const translated = currentTranslation(record)?.description;
  return translated ? { text: translated, inEnglish: false } : english(record.description);
}
