import { foldText } from './normalize';
import { STOP_WORDS, SYNONYMS, everydayConcepts, type Concept } from './synonyms';
import type { CRISIS_NEED_TERMS } from './crisisNeeds';
import type { EVERYDAY_NEEDS, FILLER_WORDS, TEXT_EQUIVALENTS } from './everydayWords';

/** The words the search reads a query with, folded (case and accents) once. */
export interface Lexicon {
  synonyms: ReadonlyMap<string, Concept>;
  filler: ReadonlySet<string>;
  /** A word in another language and the English word the listings use for it ("mujeres", "women"). */
  equivalents: ReadonlyMap<string, string>;
}

interface EverydayWords {
  EVERYDAY_NEEDS: typeof EVERYDAY_NEEDS;
  /** Words of a crisis ("me pega", "kill myself") that also ask for a kind of help. */
  CRISIS_NEED_TERMS: typeof CRISIS_NEED_TERMS;
  FILLER_WORDS: typeof FILLER_WORDS;
  TEXT_EQUIVALENTS: typeof TEXT_EQUIVALENTS;
}

function lexiconOf(words: EverydayWords | null): Lexicon {
  const synonyms = new Map<string, Concept>();
  // The core words win over the everyday ones: they were chosen one by one against the listings' names.
  const everyday = words ? [...everydayConcepts(words.CRISIS_NEED_TERMS), ...everydayConcepts(words.EVERYDAY_NEEDS)] : [];
  for (const [term, concept] of everyday) synonyms.set(foldText(term), concept);
  for (const [term, concept] of SYNONYMS) synonyms.set(foldText(term), concept);
  return {
    synonyms,
    filler: new Set([...STOP_WORDS, ...(words?.FILLER_WORDS ?? [])].map(foldText)),
    equivalents: new Map(Object.entries(words?.TEXT_EQUIVALENTS ?? {}).map(([word, english]) => [foldText(word), foldText(english)])),
  };
}

let current = lexiconOf(null);

/** The core words from the start; the everyday ones once loadEverydayWords has fetched them. */
export function currentLexicon(): Lexicon {
  return current;
}

/**
 * Fetches the everyday words of ten languages (sentences' filler, colloquial and inflected forms, about
 * 18 KB gzip): main.tsx asks for them after the first render, and queries typed from then on read them.
 */
export async function loadEverydayWords(): Promise<void> {
  const [everyday, crisis] = await Promise.all([import('./everydayWords'), import('./crisisNeeds')]);
  current = lexiconOf({ ...everyday, ...crisis });
}

/** For tests and the benchmark, which search as the app does once everything is loaded. */
export function setEverydayWords(words: EverydayWords): void {
  current = lexiconOf(words);
}
