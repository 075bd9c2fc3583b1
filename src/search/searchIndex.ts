import { categoryOfService } from '../data/categories';
import type { ServiceRecord } from '../data/schema';
import { queryTerms } from './normalize';
import { parseQuery, type ParsedQuery } from './parseQuery';
import { toSearchDocument } from './searchDocument';
import type { Concept } from './synonyms';
import { TermIndex, wordsOf, type WeightedText } from './termIndex';

export const FIELD_WEIGHTS = Object.freeze([
  ['name', 3],
  ['organization', 2.5],
  ['categories', 2],
  ['services', 2],
  ['neighborhood', 1.5],
  ['description', 1],
] as const);

/** A record that meets every recognised need scores this, better for each matching service and language. */
const CONCEPT_MATCH_SCORE = 0.2;
const SPECIFICITY_BONUS = 0.02;
const MOST_SPECIFIC = 5;
const LANGUAGE_BONUS = 0.06;
/** Every word of the query whole in a name or organization: the user typed a name, so it comes first. */
const NAME_DISTANCE = 0.2;
const NAME_MATCH_FACTOR = 0.5;

export interface SearchHit {
  record: ServiceRecord;
  /** 0 is a perfect match; null when there was no query to match. */
  score: number | null;
}

export interface SearchIndex {
  search(query: string): SearchHit[];
}

function weightedFields(record: ServiceRecord): WeightedText[] {
  const document = toSearchDocument(record);
  return FIELD_WEIGHTS.flatMap(([field, weight]) => {
    const value = document[field];
    return (Array.isArray(value) ? value : [value]).map((text) => ({ text, weight }));
  });
}

export function createSearchIndex(records: readonly ServiceRecord[]): SearchIndex {
  const terms = new TermIndex(records.map(weightedFields));
  const byName = records.map((_, doc) => doc).sort((a, b) => byStatusThenName(records[a], records[b]));
  // Each record's place in the everything-list, so equal scores sort by number, not by comparing text.
  const nameOrder = new Int32Array(records.length);
  byName.forEach((doc, position) => {
    nameOrder[doc] = position;
  });
  const everything = byName.flatMap((doc) => {
    const record = records[doc];
    return record ? [{ record, score: null }] : [];
  });

  function textScores(words: readonly string[]): Map<number, number> {
    return terms.matchAll(words.flatMap(wordsOf));
  }

  function ranked(scores: Map<number, number>): SearchHit[] {
    return [...scores.entries()]
      .sort(([a, x], [b, y]) => x - y || (nameOrder[a] ?? 0) - (nameOrder[b] ?? 0))
      .flatMap(([doc, score]) => {
        const record = records[doc];
        return record ? [{ record, score }] : [];
      });
  }

  return {
    search(query) {
      const words = queryTerms(query);
      if (words.length === 0) return everything;
      const parsed = parseQuery(query);
      if (parsed.concepts.length === 0) return ranked(textScores(parsed.textTerms));
      return ranked(conceptScores(records, parsed, textScores, textScores(words)));
    },
  };
}

function conceptScores(
  records: readonly ServiceRecord[],
  { concepts, textTerms }: ParsedQuery,
  textScores: (words: readonly string[]) => Map<number, number>,
  wholeQuery: Map<number, number>,
): Map<number, number> {
  const required = concepts.map(({ concept }) => concept).filter((concept) => !isOnlyLanguage(concept));
  const languages = concepts.flatMap(({ concept }) => concept.languages ?? []);
  const text = textTerms.length > 0 ? textScores(textTerms) : undefined;
  const scores = new Map<number, number>();
  records.forEach((record, doc) => {
    if (!required.every((concept) => meets(record, concept))) return;
    const textScore = text ? text.get(doc) : 0;
    if (textScore === undefined) return;
    const specificity = required.reduce((sum, concept) => sum + matchingServices(record, concept), 0);
    const speaks = record.languages.some((spoken) => languages.includes(spoken.split('-')[0] ?? ''));
    const conceptScore =
      CONCEPT_MATCH_SCORE - SPECIFICITY_BONUS * Math.min(specificity, MOST_SPECIFIC) - (speaks ? LANGUAGE_BONUS : 0);
    // A name that holds the need word itself ("Legal Aid Chicago") is what the user typed: it comes first.
    const nameDistance = wholeQuery.get(doc) ?? Infinity;
    const nameScore = nameDistance <= NAME_DISTANCE ? nameDistance * NAME_MATCH_FACTOR : Infinity;
    scores.set(doc, Math.min(Math.max(conceptScore, textScore), nameScore));
  });
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

const STATUS_ORDER = { active: 0, 'temporarily-closed': 1, inactive: 2 } as const;
const collator = new Intl.Collator('en');

function byStatusThenName(a: ServiceRecord | undefined, b: ServiceRecord | undefined): number {
  if (!a || !b) return 0;
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || collator.compare(a.name, b.name);
}
