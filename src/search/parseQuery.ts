import { cleanQuery, foldText } from './normalize';
import { STOP_WORDS, SYNONYMS, type Concept } from './synonyms';

export interface ParsedQuery {
  /** Needs and places recognised in the user's words, each of which a result must meet. */
  concepts: { term: string; concept: Concept }[];
  /** Everything else, matched against the records' own text. */
  textTerms: string[];
}

const FOLDED_SYNONYMS = new Map([...SYNONYMS].map(([term, concept]) => [foldText(term), concept]));
const FOLDED_STOP_WORDS = new Set([...STOP_WORDS].map(foldText));
const LONGEST_PHRASE = 3;
const CJK = /[\u3400-\u9fff\uac00-\ud7af]/;

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

function fuzzyConcept(token: string): Concept | undefined {
  if (token.length < 5) return undefined;
  for (const [term, concept] of FOLDED_SYNONYMS) {
    if (!term.includes(' ') && term.length >= 5 && withinOneEdit(token, term)) return concept;
  }
  return undefined;
}

/** Chinese and Korean are written without spaces: "找律师" holds "律师". */
function conceptsInside(token: string): { term: string; concept: Concept }[] {
  if (!CJK.test(token)) return [];
  return [...FOLDED_SYNONYMS].filter(([term]) => CJK.test(term) && token.includes(term)).map(([term, concept]) => ({ term, concept }));
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = foldText(cleanQuery(query)).split(' ').filter((token) => token !== '');
  const concepts: ParsedQuery['concepts'] = [];
  const textTerms: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    let matched = false;
    for (let length = Math.min(LONGEST_PHRASE, tokens.length - index); length >= 1 && !matched; length -= 1) {
      const phrase = tokens.slice(index, index + length).join(' ');
      const concept = FOLDED_SYNONYMS.get(phrase);
      if (concept) {
        concepts.push({ term: phrase, concept });
        index += length;
        matched = true;
      }
    }
    if (matched) continue;
    const token = tokens[index] ?? '';
    index += 1;
    if (FOLDED_STOP_WORDS.has(token)) continue;
    const inside = conceptsInside(token);
    const fuzzy = inside.length === 0 ? fuzzyConcept(token) : undefined;
    if (inside.length > 0) concepts.push(...inside);
    else if (fuzzy) concepts.push({ term: token, concept: fuzzy });
    else textTerms.push(token);
  }
  if (concepts.length === 0 && textTerms.length === 0) textTerms.push(...tokens);
  return { concepts, textTerms };
}
