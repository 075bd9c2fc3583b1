import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import { categoryOfService } from '../data/categories';
import type { ServiceRecord } from '../data/schema';
import { queryTerms } from './normalize';
import { parseQuery, type ParsedQuery } from './parseQuery';
import { toSearchDocument, type SearchDocument } from './searchDocument';
import type { Concept } from './synonyms';

export const SEARCH_KEYS = Object.freeze([
  { name: 'name', weight: 3 },
  { name: 'organization', weight: 2.5 },
  { name: 'categories', weight: 2 },
  { name: 'services', weight: 2 },
  { name: 'neighborhood', weight: 1.5 },
  { name: 'description', weight: 1 },
] as const);

export const SEARCH_OPTIONS: Readonly<IFuseOptions<SearchDocument>> = Object.freeze({
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  ignoreDiacritics: true,
  // Fuse only looks at the first ~60 characters of a field unless told otherwise.
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
});

/** A record that meets every recognised need scores this, better for each matching service and language. */
const CONCEPT_MATCH_SCORE = 0.2;
const SPECIFICITY_BONUS = 0.02;
const MOST_SPECIFIC = 5;
const LANGUAGE_BONUS = 0.06;
/** Only close matches of the whole query against a name count as "the user typed a name". */
const NAME_THRESHOLD = 0.2;
const NAME_MATCH_FACTOR = 0.5;

export interface SearchHit {
  record: ServiceRecord;
  /** 0 is a perfect match; null when there was no query to match. */
  score: number | null;
}

export interface SearchIndex {
  search(query: string): SearchHit[];
}

export function createSearchIndex(records: readonly ServiceRecord[]): SearchIndex {
  const byId = new Map(records.map((record) => [record.id, record]));
  const documents = records.map(toSearchDocument);
  const fuse = new Fuse(documents, SEARCH_OPTIONS);
  const names = new Fuse(documents, { ...SEARCH_OPTIONS, keys: ['name', 'organization'], threshold: NAME_THRESHOLD });
  const everything = [...records].sort(byStatusThenName).map((record) => ({ record, score: null }));

  function textScores(terms: readonly string[]): Map<string, number> {
    return new Map(fuse.search(toExpression(terms)).map(({ item, score }) => [item.id, score ?? 0]));
  }

  return {
    search(query) {
      const words = queryTerms(query);
      if (words.length === 0) return everything;
      const parsed = parseQuery(query);
      if (parsed.concepts.length === 0) return ranked(textScores(parsed.textTerms));
      const scores = conceptScores(records, parsed, textScores);
      // A name that happens to hold a need word ("Legal Aid Chicago") still finds that organization first.
      for (const { item, score = 0 } of names.search(words.join(' '))) {
        scores.set(item.id, Math.min(score * NAME_MATCH_FACTOR, scores.get(item.id) ?? Number.POSITIVE_INFINITY));
      }
      return ranked(scores);
    },
  };

  function ranked(scores: Map<string, number>): SearchHit[] {
    return [...scores.entries()]
      .flatMap(([id, score]) => {
        const record = byId.get(id);
        return record ? [{ record, score }] : [];
      })
      .sort((a, b) => a.score - b.score || byStatusThenName(a.record, b.record));
  }
}

function conceptScores(
  records: readonly ServiceRecord[],
  { concepts, textTerms }: ParsedQuery,
  textScores: (terms: readonly string[]) => Map<string, number>,
): Map<string, number> {
  const required = concepts.map(({ concept }) => concept).filter((concept) => !isOnlyLanguage(concept));
  const languages = concepts.flatMap(({ concept }) => concept.languages ?? []);
  const text = textTerms.length > 0 ? textScores(textTerms) : undefined;
  const scores = new Map<string, number>();
  for (const record of records) {
    if (!required.every((concept) => meets(record, concept))) continue;
    const textScore = text ? text.get(record.id) : 0;
    if (textScore === undefined) continue;
    const specificity = required.reduce((sum, concept) => sum + matchingServices(record, concept), 0);
    const speaks = record.languages.some((spoken) => languages.includes(spoken.split('-')[0] ?? ''));
    const conceptScore = CONCEPT_MATCH_SCORE - SPECIFICITY_BONUS * Math.min(specificity, MOST_SPECIFIC) - (speaks ? LANGUAGE_BONUS : 0);
    scores.set(record.id, Math.max(conceptScore, textScore));
  }
  return scores;
}

function isOnlyLanguage(concept: Concept): boolean {
  return concept.languages !== undefined && !concept.categories && !concept.services && !concept.communityAreas;
}

function meets(record: ServiceRecord, concept: Concept): boolean {
  return (
    (concept.categories?.some((category) => record.categories.includes(category)) ?? false) ||
    (concept.services?.some((service) => record.services.includes(service)) ?? false) ||
    (concept.communityAreas?.includes(record.location?.communityArea ?? '') ?? false)
  );
}

/** How specifically a record answers a need: its services named by the need, or under the need's category. */
function matchingServices(record: ServiceRecord, concept: Concept): number {
  return record.services.filter(
    (service) => concept.services?.includes(service) || concept.categories?.includes(categoryOfService(service)),
  ).length;
}

/** Every word must match somewhere, each in whichever field it fits best. */
function toExpression(terms: readonly string[]): string | Expression {
  const [onlyTerm] = terms;
  if (terms.length === 1 && onlyTerm !== undefined) return onlyTerm;
  return {
    $and: terms.map((term) => ({ $or: SEARCH_KEYS.map(({ name }) => ({ [name]: term })) })),
  };
}

const STATUS_ORDER = { active: 0, 'temporarily-closed': 1, inactive: 2 } as const;

function byStatusThenName(a: ServiceRecord, b: ServiceRecord): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name, 'en');
}
