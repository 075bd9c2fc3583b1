import { CRISIS_PHRASES, DOMESTIC_VIOLENCE_PHRASES, EMERGENCY_PHRASES, FAMILY_PHRASES, ORDINARY_PHRASES } from './crisisPhrases';
import { foldText } from './normalize';

/** The help-bar lines (src/app/helpLines.ts) that a crisis query brings above the results, most urgent first. */
export type CrisisLine = 'emergency' | 'crisis' | 'family' | 'domesticViolence';

const PHRASES: Readonly<Record<CrisisLine, readonly string[]>> = {
  emergency: EMERGENCY_PHRASES,
  crisis: CRISIS_PHRASES,
  family: FAMILY_PHRASES,
  domesticViolence: DOMESTIC_VIOLENCE_PHRASES,
};

const ORDER: readonly CrisisLine[] = ['emergency', 'crisis', 'family', 'domesticViolence'];

/** Scripts written without spaces between words: a phrase may stand anywhere in the text. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Folding, and the spellings one keyboard or another gives the same word: "pobil" for "pobił", "б`є" for
 * "б’є", Arabic ى and Urdu ی for ي, Urdu ک for ك, Urdu ہ and ھ and a final ة written ه; joiners dropped.
 */
function matchForm(text: string): string {
  return foldText(text.replace(/[’‘ʼ`´]/g, "'").replace(/\u200c|\u200d|\u0640/g, ''))
    .replace(/ł/g, 'l')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ہھة]/g, 'ه')
    .replace(/\s+/g, ' ');
}

/**
 * The rest of a word: anything but a space or ASCII punctuation. A Unicode letter class (\p{L}) here would
 * be exact, but each one costs the phone a full Unicode table to build, and there are over a hundred.
 */
const REST_OF_WORD = "[^\\s!-/:-@[-`{-~]*";

/** A word ending in "*" matches its other endings too: "zatrzymał*" is zatrzymał, zatrzymali, zatrzymało. */
function wordPattern(word: string): string {
  const stem = word.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return word.endsWith('*') ? `${stem}${REST_OF_WORD}` : stem;
}

/** What a phrase matches, without the word boundaries: Chinese and Korean with or without the spaces ("죽고 싶", "죽고싶"). */
function bodyOf(phrase: string, between: string): string {
  const words = matchForm(phrase).split(' ');
  return UNSPACED.test(phrase) ? words.map((word) => wordPattern(word.replace(/\*$/, ''))).join(' ?') : words.map(wordPattern).join(between);
}

/** Any of the phrases, as whole words; those in Chinese and Korean anywhere in the text. */
function patternOf(phrases: readonly string[], flags: string, between = ' '): RegExp {
  const spaced = phrases.filter((phrase) => !UNSPACED.test(phrase)).map((phrase) => bodyOf(phrase, between));
  const unspaced = phrases.filter((phrase) => UNSPACED.test(phrase)).map((phrase) => bodyOf(phrase, between));
  // Two groups, either before the match: the character before a whole word, and nothing before the others.
  const anywhere = unspaced.length > 0 ? unspaced.join('|') : '(?!)';
  return new RegExp(`(^|[^\\p{L}\\p{N}])(?:${spaced.join('|')})(?=$|[^\\p{L}\\p{N}])|()(?:${anywhere})`, flags);
}

const matchers: [CrisisLine, RegExp][] = ORDER.map((line) => [line, patternOf(PHRASES[line], 'u')]);
// An ordinary phrase may have one more word between its words ("zatrzymał moją kaucję").
const ordinary = patternOf(ORDINARY_PHRASES, 'gu', " (?:[\\p{L}\\p{N}']+ )?");

/** The lines a query's words of crisis call for, most urgent first; none for an ordinary query. */
export function crisisLinesFor(query: string): CrisisLine[] {
  const folded = matchForm(query).replace(ordinary, '$1$2 ');
  if (folded.trim() === '') return [];
  return matchers.filter(([, pattern]) => pattern.test(folded)).map(([line]) => line);
}
