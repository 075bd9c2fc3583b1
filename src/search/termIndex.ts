import Fuse from 'fuse.js/basic';
import { foldText } from './normalize';

export interface WeightedText {
  text: string;
  weight: number;
}

/** Matching records, and for each record (by position) its distance: 0 is best, NaN is no match. */
export interface Scores {
  docs: Int32Array;
  distance: Float32Array;
}

interface Postings {
  docs: Int32Array;
  /** The best weight of the fields the word appears in, per document. */
  weights: Float32Array;
}

/** A word typed before the user has finished it ("imm") matches the words it begins, a little below a whole word. */
const PREFIX_QUALITY = 0.85;
/** A misspelt word matches its nearest vocabulary words, below a prefix. */
const FUZZY_QUALITY = 0.7;
const FUZZY_THRESHOLD = 0.3;
const MIN_FUZZY_LENGTH = 4;
/** How far a word's length may stray from the query word's and still be the same word misspelt. */
const LENGTH_SLACK = 2;
const MAX_PREFIX_WORDS = 400;
const CACHE_SIZE = 200;

export function wordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * An inverted index from words to the records they appear in. Fuse.js matches a query word against the
 * vocabulary (a few thousand words, grouped by length) instead of against every record, and the records
 * come from the postings: this keeps a keystroke fast at 30,000 records.
 */
export class TermIndex {
  readonly size: number;
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary: string[];
  private readonly fuzzyByLength = new Map<number, Fuse<string>>();
  private readonly cache = new Map<string, Float32Array>();
  private readonly maxWeight: number;

  constructor(documents: readonly (readonly WeightedText[])[]) {
    this.size = documents.length;
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    let maxWeight = 0;
    // Category and service names repeat on every record: each distinct text is split into words once.
    const wordsOfText = new Map<string, string[]>();
    documents.forEach((fields, doc) => {
      for (const { text, weight } of fields) {
        maxWeight = Math.max(maxWeight, weight);
        let words = wordsOfText.get(text);
        if (!words) {
          words = wordsOf(text);
          wordsOfText.set(text, words);
        }
        for (const word of words) {
          const postings = building.get(word);
          if (!postings) {
            building.set(word, { docs: [doc], weights: [weight] });
            continue;
          }
          // Documents come in order, so a word seen before in this one is the last entry: keep its best weight.
          const last = postings.docs.length - 1;
          if (postings.docs[last] !== doc) {
            postings.docs.push(doc);
            postings.weights.push(weight);
          } else if (weight > (postings.weights[last] ?? 0)) postings.weights[last] = weight;
        }
      }
    });
    this.maxWeight = maxWeight || 1;
    for (const [word, { docs, weights }] of building) {
      this.postings.set(word, { docs: Int32Array.from(docs), weights: Float32Array.from(weights) });
    }
    this.vocabulary = [...building.keys()].sort();
    const byLength = new Map<number, string[]>();
    for (const word of this.vocabulary) {
      if (/^\d+$/.test(word)) continue;
      const sameLength = byLength.get(word.length);
      if (sameLength) sameLength.push(word);
      else byLength.set(word.length, [word]);
    }
    for (const [length, words] of byLength) this.fuzzyByLength.set(length, new Fuse(words, { includeScore: true, threshold: FUZZY_THRESHOLD }));
  }

  /**
   * For each record, how well it holds the word (0 when it does not): the field weight times the match quality.
   * `prefix` is for the word being typed: a finished word ("mi" before "asilo") must not catch "mission".
   */
  match(word: string, prefix = true): Float32Array {
    const key = prefix ? word : `${word} `;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const scores = new Float32Array(this.size);
    const add = (token: string, quality: number) => {
      const postings = this.postings.get(token);
      if (!postings) return;
      for (let i = 0; i < postings.docs.length; i += 1) {
        const doc = postings.docs[i] ?? 0;
        const value = (quality * (postings.weights[i] ?? 0)) / this.maxWeight;
        if (value > (scores[doc] ?? 0)) scores[doc] = value;
      }
    };
    add(word, 1);
    if (prefix) for (const token of this.wordsStartingWith(word)) if (token !== word) add(token, PREFIX_QUALITY);
    if (word.length >= MIN_FUZZY_LENGTH) {
      for (let length = word.length - LENGTH_SLACK; length <= word.length + LENGTH_SLACK; length += 1) {
        for (const { item, score = 0 } of this.fuzzyByLength.get(length)?.search(word) ?? []) {
          if (item !== word) add(item, FUZZY_QUALITY * (1 - score));
        }
      }
    }
    this.remember(key, scores);
    return scores;
  }

  /** Records holding every word, with a distance from 0 (every word whole, in the weightiest field) to 1. */
  matchAll(words: readonly string[], lastIsTyped = true): Scores {
    const perWord = words.map((word, position) => this.match(word, lastIsTyped && position === words.length - 1));
    const distance = new Float32Array(this.size).fill(Number.NaN);
    const docs: number[] = [];
    for (let doc = 0; doc < this.size; doc += 1) {
      let total = 0;
      let all = true;
      for (const scores of perWord) {
        const value = scores[doc] ?? 0;
        if (value === 0) {
          all = false;
          break;
        }
        total += value;
      }
      if (all && perWord.length > 0) {
        docs.push(doc);
        distance[doc] = 1 - total / perWord.length;
      }
    }
    return { docs: Int32Array.from(docs), distance };
  }

  private wordsStartingWith(prefix: string): string[] {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.vocabulary[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < this.vocabulary.length && words.length < MAX_PREFIX_WORDS; i += 1) {
      const word = this.vocabulary[i] ?? '';
      if (!word.startsWith(prefix)) break;
      words.push(word);
    }
    return words;
  }

  private remember(word: string, scores: Float32Array): void {
    if (this.cache.size >= CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(word, scores);
  }
}
