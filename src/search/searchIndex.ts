import { categoryOfService } from '../data/categories';
import type { ServiceRecord } from '../data/schema';
import { queryTerms } from './normalize';
import { parseQuery, type ParsedQuery } from './parseQuery';
import { toSearchDocument } from './searchDocument';
import type { Concept } from './synonyms';
import { TermIndex, wordsOf, type Scores, type WeightedText } from './termIndex';

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
  /** The record's position in the index's records. */
  doc: number;
  /** 0 is a perfect match; null when there was no query to match. */
  score: number | null;
}

export interface SearchOptions {
  /** Added to a record's score (by position): lets the caller push closed or unconfirmed services down without a second sort. */
  penalty?: (doc: number) => number;
  /** A–Z by name instead of by relevance. */
  byName?: boolean;
  /** Names the penalty, so the full list for an empty query is sorted once and reused while it stays the same. */
  cacheKey?: string;
}

export interface SearchIndex {
  readonly records: readonly ServiceRecord[];
  search(query: string, options?: SearchOptions): SearchHit[];
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

  function textScores(words: readonly string[]): Scores {
    return terms.matchAll(words.flatMap(wordsOf));
  }

  /** Sorts by score plus penalty (or by name), breaking ties by name, with numbers only: no text is compared per keystroke. */
  function ranked({ docs, distance }: Scores, { penalty, byName: alphabetical }: SearchOptions, scored = true): SearchHit[] {
    const order = Int32Array.from(docs);
    const keys = new Float64Array(records.length);
    for (const doc of order) {
      const record = records[doc];
      keys[doc] = alphabetical || !record ? 0 : (distance[doc] ?? 0) + (penalty?.(doc) ?? 0);
    }
    order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (nameOrder[a] ?? 0) - (nameOrder[b] ?? 0));
    const hits: SearchHit[] = [];
    for (const doc of order) {
      const record = records[doc];
      if (record) hits.push({ record, doc, score: scored ? (distance[doc] ?? null) : null });
    }
    return hits;
  }

  const everything: Scores = { docs: Int32Array.from(byName), distance: new Float32Array(records.length) };
  let everythingRanked: { key: string; hits: SearchHit[] } | undefined;

  function allRecords(options: SearchOptions): SearchHit[] {
    const key = `${options.cacheKey ?? ''}|${options.byName ? 'name' : 'rank'}`;
    if (options.cacheKey === undefined || everythingRanked?.key !== key) {
      everythingRanked = { key, hits: ranked(everything, options, false) };
    }
    return everythingRanked.hits;
  }

  return {
    records,
    search(query, options = {}) {
      const words = queryTerms(query);
      // One Latin letter or digit is not yet a search: the list stays whole until a second one comes.
      if (words.length === 0 || /^[a-z0-9]$/i.test(query.trim())) return allRecords(options);
      const parsed = parseQuery(query);
      if (parsed.concepts.length === 0) return ranked(textScores(parsed.textTerms), options);
      return ranked(conceptScores(records, parsed, textScores, textScores(words)), options);
    },
  };
}

function conceptScores(
  records: readonly ServiceRecord[],
  { concepts, textTerms }: ParsedQuery,
  textScores: (words: readonly string[]) => Scores,
  wholeQuery: Scores,
): Scores {
  const required = concepts.map(({ concept }) => concept).filter((concept) => !isOnlyLanguage(concept));
  const languages = concepts.flatMap(({ concept }) => concept.languages ?? []);
  const text = textTerms.length > 0 ? textScores(textTerms) : undefined;
  const docs: number[] = [];
  const distance = new Float32Array(records.length).fill(Number.NaN);
  records.forEach((record, doc) => {
    if (!required.every((concept) => meets(record, concept))) return;
    const textScore = text ? (text.distance[doc] ?? Number.NaN) : 0;
    if (Number.isNaN(textScore)) return;
    const specificity = required.reduce((sum, concept) => sum + matchingServices(record, concept), 0);
    const speaks = record.languages.some((spoken) => languages.includes(spoken.split('-')[0] ?? ''));
    const conceptScore =
      CONCEPT_MATCH_SCORE - SPECIFICITY_BONUS * Math.min(specificity, MOST_SPECIFIC) - (speaks ? LANGUAGE_BONUS : 0);
    // A name that holds the need word itself ("Legal Aid Chicago") is what the user typed: it comes first.
    const nameDistance = wholeQuery.distance[doc] ?? Number.NaN;
    const nameScore = nameDistance <= NAME_DISTANCE ? nameDistance * NAME_MATCH_FACTOR : Infinity;
    docs.push(doc);
    distance[doc] = Math.min(Math.max(conceptScore, textScore), nameScore);
  });
  return { docs: Int32Array.from(docs), distance };
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
