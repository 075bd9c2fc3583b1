import { currentLexicon, type Lexicon } from './lexicon';
import { cleanQuery, foldText } from './normalize';
import { EXACT_ONLY_TERMS, type Concept } from './synonyms';
import { wordsOf } from './termIndex';

/** A word matched against the records' own text, with the English word the listings use for it. */
export interface TextPart {
  words: string[];
  /** The last word, still being typed: it also matches the words it begins ("imm" finds "immigration"). */
  typing: boolean;
}

export interface ParsedQuery {
  /** Needs and places recognised in the user's words: the more of them a record meets, the better. */
  concepts: { term: string; concept: Concept; typing: boolean }[];
  /** Everything else, matched against the records' own text. */
  textParts: TextPart[];
}

/** A lexicon with the lists the parser searches through, worked out once per lexicon. */
interface Words extends Lexicon {
  singleWordTerms: [string, Concept][];
  cjkTerms: [string, Concept][];
  hanFiller: string[];
  /** What each word typed so far was read as: a keystroke reads the same words again. */
  conceptsOfWord: Map<string, { term: string; concept: Concept }[]>;
}

const derived = new WeakMap<Lexicon, Words>();
const EXACT_ONLY = new Set([...EXACT_ONLY_TERMS].map(foldText));

function wordsOfLexicon(lexicon: Lexicon): Words {
  let words = derived.get(lexicon);
  if (!words) {
    words = {
      ...lexicon,
      singleWordTerms: [...lexicon.synonyms].filter(([term]) => !term.includes(' ') && term.length >= 5 && !EXACT_ONLY.has(term)),
      cjkTerms: [...lexicon.synonyms].filter(([term]) => CJK.test(term)),
      hanFiller: [...lexicon.filler].filter((word) => HAN.test(word)).sort((a, b) => b.length - a.length),
      conceptsOfWord: new Map(),
    };
    derived.set(lexicon, words);
  }
  return words;
}
/** "back of the yards" is four words. */
const LONGEST_PHRASE = 4;
const CJK = /[\u3400-\u9fff\uac00-\ud7af]/;
const HAN = /\p{Script=Han}/u;
/** "المحامي" is "محامي" with the article; "والطعام", "بالعربي", "للاجئين" carry a joined preposition too. */
const ARABIC_PREFIX = /^(?:وال|بال|فال|كال|لل|ال)/u;
/** Case endings and suffixes ("prawnika", "юриста", "imigracyjny") may differ by this many letters from the term. */
const MAX_ENDING = 5;
const MIN_STEM = 6;
const MAX_REMEMBERED = 1000;

/** "abogdo" is "abogado": one slip allowed in words long enough that one slip cannot make another word. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const substituted = a.slice(i + 1) === b.slice(i + 1);
  const dropped = a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return substituted || dropped || swapped;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * Another form of a term: "prawnikiem" of "prawnik", "imigracyjny" of "imigracja". Only when one term
 * shares the longest beginning, so "medicare" (as near "medical" as "medicaid") is left to the text.
 */
function inflectedConcept(token: string, words: Words): Concept | undefined {
  if (token.length < 5 || CJK.test(token)) return undefined;
  let best: Concept | undefined;
  let bestLength = 0;
  let tied = false;
  for (const [term, concept] of words.singleWordTerms) {
    const shared = commonPrefixLength(token, term);
    const stem = token.startsWith(term) ? term.length : shared;
    const fits =
      (token.startsWith(term) && token.length - term.length <= 3) ||
      (shared >= MIN_STEM && token.length - shared <= MAX_ENDING && term.length - shared <= MAX_ENDING);
    if (!fits) continue;
    if (stem > bestLength) {
      best = concept;
      bestLength = stem;
      tied = false;
    } else if (stem === bestLength && concept !== best) tied = true;
  }
  return tied ? undefined : best;
}

function fuzzyConcept(token: string, words: Words): Concept | undefined {
  if (token.length < 5) return undefined;
  for (const [term, concept] of words.singleWordTerms) if (withinOneEdit(token, term)) return concept;
  return undefined;
}

/** Korean joins particles to the word before them: "곳이" is "곳" and the subject particle. */
const KOREAN_PARTICLE = /(?:에서|에게|으로|이|가|을|를|은|는|에|도|로|와|과|요)$/u;
const HANGUL_WORD = /^\p{Script=Hangul}{2,}$/u;

/** "请帮帮我" ("please help me") is filler through and through once its filler characters are taken out. */
function isHanFiller(token: string, words: Words): boolean {
  if (!HAN.test(token)) return false;
  let rest = token;
  for (const word of words.hanFiller) rest = rest.split(word).join('');
  return [...rest].length <= 1 && rest !== token;
}

/** A Korean word without its particle, when the word itself is not already a term. */
function withoutParticle(token: string, words: Words): string {
  if (!HANGUL_WORD.test(token) || words.synonyms.has(token) || words.filler.has(token)) return token;
  return token.replace(KOREAN_PARTICLE, '');
}

/** "图书管" is "图书馆" with one character slipped: only for terms of three or more, where one slip cannot make another. */
function holdsWithOneSlip(token: string, term: string): boolean {
  const length = [...term].length;
  if (length < 3) return false;
  const characters = [...token];
  const termCharacters = [...term];
  for (let start = 0; start + length <= characters.length; start += 1) {
    let slips = 0;
    for (let i = 0; i < length && slips < 2; i += 1) if (characters[start + i] !== termCharacters[i]) slips += 1;
    if (slips === 1) return true;
  }
  return false;
}

/** Chinese and Korean are written without spaces: "找律师" holds "律师". */
function conceptsInside(token: string, words: Words): { term: string; concept: Concept }[] {
  if (!CJK.test(token)) return [];
  const whole = words.cjkTerms.filter(([term]) => token.includes(term));
  const found = whole.length > 0 ? whole : words.cjkTerms.filter(([term]) => holdsWithOneSlip(token, term));
  return found.map(([term, concept]) => ({ term, concept }));
}

/** "foodpantry" is "food pantry", "greencardhelp" is not looked for: two parts at most. */
function splitCompound(token: string, words: Words): { term: string; concept: Concept }[] {
  if (token.length < 7 || CJK.test(token)) return [];
  for (let at = 3; at <= token.length - 3; at += 1) {
    const first = token.slice(0, at);
    const second = token.slice(at);
    const phrase = words.synonyms.get(`${first} ${second}`);
    if (phrase) return [{ term: `${first} ${second}`, concept: phrase }];
    const a = words.synonyms.get(first);
    const b = words.synonyms.get(second);
    if (a && b) return [{ term: first, concept: a }, { term: second, concept: b }];
  }
  return [];
}

function conceptsOfWord(token: string, words: Words): { term: string; concept: Concept }[] {
  let found = words.conceptsOfWord.get(token);
  if (!found) {
    if (words.conceptsOfWord.size > MAX_REMEMBERED) words.conceptsOfWord.clear();
    found = readWord(token, words);
    words.conceptsOfWord.set(token, found);
  }
  return found;
}

function readWord(token: string, words: Words): { term: string; concept: Concept }[] {
  const inside = conceptsInside(token, words);
  if (inside.length > 0) return inside;
  const withoutArticle = token.replace(ARABIC_PREFIX, '');
  const arabic = withoutArticle !== token && withoutArticle.length >= 3 ? words.synonyms.get(withoutArticle) : undefined;
  const concept = arabic ?? inflectedConcept(token, words) ?? fuzzyConcept(token, words);
  return concept ? [{ term: token, concept }] : splitCompound(token, words);
}

function textPartsOf(token: string, typing: boolean, equivalents: Lexicon['equivalents']): TextPart[] {
  const parts = wordsOf(token).filter((word) => word.length > 1 || CJK.test(word));
  return parts.map((word, position) => {
    const english = equivalents.get(word);
    return { words: english && english !== word ? [word, english] : [word], typing: typing && position === parts.length - 1 };
  });
}

/** The community areas the listings are in, by folded name ("albany park"): each is a place a query may name. */
export type AreaNames = ReadonlyMap<string, Concept>;

export function areaNamesOf(areas: Iterable<string | undefined>): AreaNames {
  const names = new Map<string, Concept>();
  for (const area of areas) if (area) names.set(foldText(area), { communityAreas: [area] });
  return names;
}

/** The longest phrase of up to three words at a position that names a need ("food pantry", "la migra") or an area. */
function phraseAt(tokens: readonly string[], index: number, words: Words, areas: AreaNames): { term: string; concept: Concept } | undefined {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - index); length >= 1; length -= 1) {
    const term = tokens.slice(index, index + length).join(' ');
    const concept = words.synonyms.get(term) ?? areas.get(term);
    if (concept) return { term, concept };
  }
  return undefined;
}

/**
 * Splits a query into needs and words. Filler ("necesito", "I need", "мені потрібна") is dropped; a query
 * of nothing but filler or punctuation asks for nothing in particular, and parses to no parts at all.
 */
export function parseQuery(query: string, areas: AreaNames = new Map()): ParsedQuery {
  const words = wordsOfLexicon(currentLexicon());
  const cleaned = foldText(cleanQuery(query).replace(/[’ʼ]/g, "'"));
  // "lawyer," and "¿comida?" are the words themselves; an apostrophe inside ("j'ai") stays.
  const tokens = cleaned
    .split(' ')
    .map((token) => withoutParticle(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), words))
    // "ㅠㅠ" and "ㅋㅋ", loose Korean letters, are a feeling, not a word.
    .filter((token) => token !== '' && !/^[\u3131-\u318e]+$/u.test(token));
  const stillTyping = !/\s$/.test(query);
  const concepts: ParsedQuery['concepts'] = [];
  const textParts: TextPart[] = [];
  let index = 0;
  while (index < tokens.length) {
    const phrase = phraseAt(tokens, index, words, areas);
    if (phrase) {
      index += phrase.term.split(' ').length;
      concepts.push({ ...phrase, typing: stillTyping && index === tokens.length });
      continue;
    }
    const token = tokens[index] ?? '';
    index += 1;
    if (words.filler.has(token) || isHanFiller(token, words)) continue;
    const found = conceptsOfWord(token, words);
    if (found.length > 0) concepts.push(...found.map((one) => ({ ...one, typing: stillTyping && index === tokens.length })));
    else textParts.push(...textPartsOf(token, stillTyping && index === tokens.length, words.equivalents));
  }
  // "food food" asks for food once; a pasted list of the same word must not count it over and over.
  const uniqueConcepts = concepts.filter(({ concept }, position) => concepts.findIndex((other) => other.concept === concept) === position);
  const uniqueText = textParts.filter(({ words }, position) => textParts.findIndex((other) => other.words[0] === words[0]) === position);
  return { concepts: uniqueConcepts, textParts: uniqueText };
}
