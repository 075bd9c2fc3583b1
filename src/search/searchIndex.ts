import { CATEGORIES, SERVICE_TAGS, categoryOfService, type ServiceTag } from '../data/categories';
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
/** Scores closer than 1 / SCORE_STEPS count as equal, and the fixed order decides between them. */
const SCORE_STEPS = 100_000;

export interface SearchOptions {
  /** Added to each record's score (by position): pushes closed or unconfirmed services down without a second sort. */
  penalty?: Float32Array;
  /** Each record's place in a fixed order (by name by default, or by distance): breaks ties between equal scores. */
  order?: Int32Array;
  /** Sort by `order` alone, not by relevance (A–Z, or nearest first). */
  orderOnly?: boolean;
  /** Names the penalty and order, so the full list for an empty query is sorted once and reused while it stays the same. */
  cacheKey?: string;
}

export interface SearchIndex {
  readonly records: readonly ServiceRecord[];
  /** Each record's place in the list of all records, by status and then name. */
  readonly nameOrder: Int32Array;
  /** The records that match, by position in `records`, best first. */
  search(query: string, options?: SearchOptions): Int32Array;
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
  const needs = recordNeeds(records);
  const byName = records.map((_, doc) => doc).sort((a, b) => byStatusThenName(records[a], records[b]));
  // Each record's place in the everything-list, so equal scores sort by number, not by comparing text.
  const nameOrder = new Int32Array(records.length);
  byName.forEach((doc, position) => {
    nameOrder[doc] = position;
  });

  function textScores(words: readonly string[]): Scores {
    return terms.matchAll(words.flatMap(wordsOf));
  }

  /**
   * Sorts by score plus penalty, ties by the fixed order. Each hit becomes one number, its score rounded
   * to SCORE_STEPS and then its place in the fixed order, so a native numeric sort does the work: no
   * comparison function is called per pair, which is what keeps 20,000 hits under a frame.
   */
  function ranked({ docs, distance }: Scores, options: SearchOptions): Int32Array {
    const order = options.order ?? nameOrder;
    const size = records.length;
    const keys = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      const score = options.orderOnly ? 0 : (distance[doc] ?? 0) + (options.penalty?.[doc] ?? 0);
      keys[i] = Math.round(Math.max(0, score) * SCORE_STEPS) * size + (order[doc] ?? 0);
    }
    keys.sort();
    const docAt = inverse(order);
    const ranking = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) ranking[i] = docAt[(keys[i] ?? 0) % size] ?? 0;
    return ranking;
  }

  const everything: Scores = { docs: Int32Array.from(byName), distance: new Float32Array(records.length) };
  let everythingRanked: { key: string; ranking: Int32Array } | undefined;

  function allRecords(options: SearchOptions): Int32Array {
    const key = `${options.cacheKey ?? ''}|${options.orderOnly ? 'order' : 'rank'}`;
    if (options.cacheKey === undefined || everythingRanked?.key !== key) {
      everythingRanked = { key, ranking: ranked(everything, options) };
    }
    return everythingRanked.ranking;
  }

  return {
    records,
    nameOrder,
    search(query, options = {}) {
      const words = queryTerms(query);
      // One Latin letter or digit is not yet a search: the list stays whole until a second one comes.
      if (words.length === 0 || /^[a-z0-9]$/i.test(query.trim())) return allRecords(options);
      const parsed = parseQuery(query);
      if (parsed.concepts.length === 0) return ranked(textScores(parsed.textTerms), options);
      return ranked(conceptScores(needs, parsed, textScores, textScores(words)), options);
    },
  };
}

/** What a record offers, as numbers, so meeting a need is a few bit operations per record. */
interface RecordNeeds {
  categoryBits: Int32Array;
  serviceIds: Uint8Array[];
  areas: (string | undefined)[];
  languages: string[][];
}

const SERVICE_ID = new Map<ServiceTag, number>(SERVICE_TAGS.map((tag, id) => [tag, id]));

function recordNeeds(records: readonly ServiceRecord[]): RecordNeeds {
  return {
    categoryBits: Int32Array.from(records, (record) =>
      record.categories.reduce((bits, category) => bits | (1 << CATEGORIES.indexOf(category)), 0),
    ),
    serviceIds: records.map((record) => Uint8Array.from(record.services, (service) => SERVICE_ID.get(service) ?? 0)),
    areas: records.map((record) => record.location?.communityArea),
    languages: records.map((record) => [...new Set(record.languages.map((code) => code.split('-')[0] ?? code))]),
  };
}

interface CompiledConcept {
  categoryBits: number;
  /** 1 for each service the need names, for matching. */
  named: Uint8Array;
  /** 1 for each service the need names or that falls under its categories, for ranking the closer answers first. */
  related: Uint8Array;
  areas: readonly string[];
}

function compile(concept: Concept): CompiledConcept {
  const named = new Uint8Array(SERVICE_TAGS.length);
  const related = new Uint8Array(SERVICE_TAGS.length);
  SERVICE_TAGS.forEach((tag, id) => {
    if (concept.services?.includes(tag)) named[id] = 1;
    if (named[id] || concept.categories?.includes(categoryOfService(tag))) related[id] = 1;
  });
  return {
    categoryBits: (concept.categories ?? []).reduce((bits, category) => bits | (1 << CATEGORIES.indexOf(category)), 0),
    named,
    related,
    areas: concept.communityAreas ?? [],
  };
}

function conceptScores(
  needs: RecordNeeds,
  { concepts, textTerms }: ParsedQuery,
  textScores: (words: readonly string[]) => Scores,
  wholeQuery: Scores,
): Scores {
  const required = concepts.map(({ concept }) => concept).filter((concept) => !isOnlyLanguage(concept)).map(compile);
  const languages = concepts.flatMap(({ concept }) => concept.languages ?? []);
  const text = textTerms.length > 0 ? textScores(textTerms) : undefined;
  const size = needs.categoryBits.length;
  const docs: number[] = [];
  const distance = new Float32Array(size).fill(Number.NaN);
  for (let doc = 0; doc < size; doc += 1) {
    const categoryBits = needs.categoryBits[doc] ?? 0;
    const serviceIds = needs.serviceIds[doc] ?? new Uint8Array(0);
    let meetsAll = true;
    let specificity = 0;
    for (const concept of required) {
      let meets = (categoryBits & concept.categoryBits) !== 0 || concept.areas.includes(needs.areas[doc] ?? '');
      for (const id of serviceIds) {
        if (concept.named[id]) meets = true;
        if (concept.related[id]) specificity += 1;
      }
      if (!meets) {
        meetsAll = false;
        break;
      }
    }
    if (!meetsAll) continue;
    const textScore = text ? (text.distance[doc] ?? Number.NaN) : 0;
    if (Number.isNaN(textScore)) continue;
    const speaks = languages.length > 0 && (needs.languages[doc] ?? []).some((code) => languages.includes(code));
    const conceptScore =
      CONCEPT_MATCH_SCORE - SPECIFICITY_BONUS * Math.min(specificity, MOST_SPECIFIC) - (speaks ? LANGUAGE_BONUS : 0);
    // A name that holds the need word itself ("Legal Aid Chicago") is what the user typed: it comes first.
    const nameDistance = wholeQuery.distance[doc] ?? Number.NaN;
    const nameScore = nameDistance <= NAME_DISTANCE ? nameDistance * NAME_MATCH_FACTOR : Infinity;
    docs.push(doc);
    distance[doc] = Math.min(Math.max(conceptScore, textScore), nameScore);
  }
  return { docs: Int32Array.from(docs), distance };
}

function isOnlyLanguage(concept: Concept): boolean {
  return concept.languages !== undefined && !concept.categories && !concept.services && !concept.communityAreas;
}

const inverses = new WeakMap<Int32Array, Int32Array>();

/** Which record holds each place of an order (kept per order, since an order is reused across keystrokes). */
function inverse(order: Int32Array): Int32Array {
  let docAt = inverses.get(order);
  if (!docAt) {
    docAt = new Int32Array(order.length);
    order.forEach((position, doc) => {
      if (docAt) docAt[position] = doc;
    });
    inverses.set(order, docAt);
  }
  return docAt;
}

const STATUS_ORDER = { active: 0, 'temporarily-closed': 1, inactive: 2, defunct: 3 } as const;
const collator = new Intl.Collator('en');

function byStatusThenName(a: ServiceRecord | undefined, b: ServiceRecord | undefined): number {
  if (!a || !b) return 0;
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || collator.compare(a.name, b.name);
}
