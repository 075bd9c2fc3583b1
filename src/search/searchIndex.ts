import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { ServiceRecord } from '../data/schema';
import { queryTerms } from './normalize';
import { toSearchDocument, type SearchDocument } from './searchDocument';

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
  const fuse = new Fuse(records.map(toSearchDocument), SEARCH_OPTIONS);
  const everything = [...records].sort(byStatusThenName).map((record) => ({ record, score: null }));

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return everything;
      return fuse.search(toExpression(terms)).flatMap(({ item, score }) => {
        const record = byId.get(item.id);
        return record ? [{ record, score: score ?? null }] : [];
      });
    },
  };
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
