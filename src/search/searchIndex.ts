import type { ServiceRecord } from '../data/schema';
export { loadEverydayWords } from './lexicon';
import { recordNeeds } from './needs';
import { queryTerms } from './normalize';
import { areaNamesOf, parseQuery } from './parseQuery';
import { scoreParts } from './partScores';
import { toSearchDocument } from './searchDocument';
import { TermIndex, wordsOf, type Scores, type WeightedText } from './termIndex';

export const FIELD_WEIGHTS = Object.freeze([
  ['name', 3],
  ['organization', 2.5],
  ['categories', 2],
  ['services', 2],
  ['neighborhood', 1.5],
  ['description', 1],
] as const);

/**
 * With a place, answers are grouped and each group comes nearest first. A name typed scores below zero
 * and comes before every group. A score's whole part counts what the record misses of the query. Below
 * BEST_ANSWER it answers best: the exact service named ("asylum"), or the language asked for. Below WEAK_MATCH it answers clearly (a need met, a word in
 * a name, organization or kind of help); above, only by a word in a description or a misspelling.
 */
const BEST_ANSWER = 0.095;
/** A letter of a script none of the ten interface languages is written in. */
const UNREAD_SCRIPT = /(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}])\p{L}/u;
const WEAK_MATCH = 0.55;
/** Scores closer than 1 / SCORE_STEPS count as equal, and the fixed order decides between them. */
const SCORE_STEPS = 100_000;

export interface SearchOptions {
  /** Added to each record's score (by position): pushes closed or unconfirmed services down without a second sort. */
  penalty?: Float32Array;
  /** Each record's place in a fixed order (by name by default, or by distance): breaks ties between equal scores. */
  order?: Int32Array;
  /** Sort by `order` alone, not by relevance (A–Z, or nearest first). */
  orderOnly?: boolean;
  /** With a place: equally good answers (see WEAK_MATCH) come in `order`, nearest first, ignoring the age penalty. */
  nearestAmongEqual?: boolean;
  /** 1 for each record (by position) that is closed: with `nearestAmongEqual`, it comes after the open ones. */
  closed?: Uint8Array;
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
  const areaNames = areaNamesOf(needs.areas);
  const byName = records.map((_, doc) => doc).sort((a, b) => byStatusThenName(records[a], records[b]));
  // Each record's place in the everything-list, so equal scores sort by number, not by comparing text.
  const nameOrder = new Int32Array(records.length);
  byName.forEach((doc, position) => {
    nameOrder[doc] = position;
  });

  /** Every word of the query, filler too, whole in the record's text (the last one may be half typed). */
  function wholeQueryScores(query: string, words: readonly string[]): Scores {
    return terms.matchAll(words.flatMap(wordsOf), !/\s$/.test(query));
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
      keys[i] = sortGroup(distance[doc] ?? 0, doc, options) * size + (order[doc] ?? 0);
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
    const key = `${options.cacheKey ?? ''}|${options.orderOnly ? 'order' : options.nearestAmongEqual ? 'near' : 'rank'}`;
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
      const parsed = parseQuery(query, areaNames);
      // Nothing but filler ("I need help") or punctuation asks for nothing in particular: everything, as for no words.
      if (parsed.concepts.length === 0 && parsed.textParts.length === 0) return allRecords(options);
      const scores = scoreParts(needs, terms, parsed, wholeQueryScores(query, words));
      // Words in a script no catalog covers ("ጠበቃ", "弁護士をさがしています") cannot be read: everything, not nothing.
      if (scores.docs.length === 0 && UNREAD_SCRIPT.test(query)) return allRecords(options);
      return ranked(scores, options);
    },
  };
}

/** The number a hit sorts by before its place in the fixed order: its rounded score, or its group with a place. */
function sortGroup(score: number, doc: number, options: SearchOptions): number {
  if (options.orderOnly) return 0;
  if (options.nearestAmongEqual) {
    // The name typed comes first, before every group (open before closed).
    if (score < 0) return options.closed?.[doc] ? 1 : 0;
    const missed = Math.floor(score);
    const within = score - missed;
    return 2 + missed * 6 + (options.closed?.[doc] ? 3 : 0) + (within < BEST_ANSWER ? 0 : within < WEAK_MATCH ? 1 : 2);
  }
  // Scores start below zero (a name typed): shifted by one, every key is a whole number from zero up.
  return Math.round(Math.max(0, score + 1 + (options.penalty?.[doc] ?? 0)) * SCORE_STEPS);
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
