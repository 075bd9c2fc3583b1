import type { Category } from '../data/categories';
import { isNotRecentlyConfirmed, staleBefore } from '../data/freshness';
import { chicagoTime, openState, type ChicagoTime, type OpenState } from '../data/openingHours';
import type { Feature, ServiceRecord } from '../data/schema';
import type { SearchIndex } from '../search/searchIndex';
import type { OpenFilter, SearchState } from './searchState';

export interface Result {
  record: ServiceRecord;
  open: OpenState;
  /** Not confirmed for over 12 months: ranked lower, and the card says so. */
  stale: boolean;
}

export const FACET_NAMES = ['categories', 'services', 'languages', 'open', 'features'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface Facets {
  categories: Map<Category, number>;
  languages: Map<string, number>;
  features: Map<Feature, number>;
  open: number;
}

export interface Selection {
  results: Result[];
  facets: Facets;
  /** With no results: each active filter and how many results there would be without it. */
  relaxations: { facet: FacetName; count: number }[];
}

/** Penalties added to a match's score: a closed or unconfirmed service comes after an equally good open one. */
const CLOSED_PENALTY = 0.5;
const collator = new Intl.Collator('en');
const STALE_PENALTY = 0.15;

export function primaryLanguage(code: string): string {
  return code.split('-')[0] ?? code;
}

function timeFor(filter: OpenFilter | null, now: Date): ChicagoTime {
  if (!filter || filter.kind === 'now') return chicagoTime(now);
  const [hours = 0, minutes = 0] = filter.time.split(':').map(Number);
  // A chosen weekday has no date, so monthly patterns ("2nd Wednesday") are not counted as open.
  return { day: filter.day, minutes: hours * 60 + minutes, dayOfMonth: 0, daysInMonth: 31 };
}

type Predicates = Record<FacetName, ((result: Result) => boolean) | null>;

function predicatesFor(state: SearchState): Predicates {
  return {
    categories: state.categories.length ? ({ record }) => state.categories.some((c) => record.categories.includes(c)) : null,
    services: state.services.length ? ({ record }) => state.services.some((s) => record.services.includes(s)) : null,
    languages: state.languages.length
      ? ({ record }) => record.languages.some((code) => state.languages.map(primaryLanguage).includes(primaryLanguage(code)))
      : null,
    open: state.open ? ({ open }) => open.kind === 'open' : null,
    features: state.features.length ? ({ record }) => state.features.every((f) => record.features?.includes(f)) : null,
  };
}

function passing(results: readonly Result[], predicates: Predicates, except?: FacetName): Result[] {
  const active = FACET_NAMES.filter((name) => name !== except).flatMap((name) => predicates[name] ?? []);
  return results.filter((result) => active.every((predicate) => predicate(result)));
}

function countInto<K>(counts: Map<K, number>, keys: readonly K[]): void {
  for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The one list of results that the list, the map and print all show, with the counts the filters offer. */
export function selectResults(index: SearchIndex, state: SearchState, now: Date): Selection {
  const time = timeFor(state.open, now);
  const cutoff = staleBefore(now);
  const ranked = index
    .search(state.query)
    .map(({ record, score }, position) => {
      const stale = isNotRecentlyConfirmed(record, cutoff);
      const penalty = (record.status === 'active' ? 0 : CLOSED_PENALTY) + (stale ? STALE_PENALTY : 0);
      return { result: { record, open: openState(record.hours, time), stale }, rank: (score ?? 0) + penalty, position };
    })
    .sort((a, b) =>
      state.sort === 'name'
        ? collator.compare(a.result.record.name, b.result.record.name)
        : a.rank - b.rank || a.position - b.position,
    )
    .map(({ result }) => result);

  const predicates = predicatesFor(state);
  const results = passing(ranked, predicates);
  const facets: Facets = { categories: new Map(), languages: new Map(), features: new Map(), open: 0 };
  for (const { record } of passing(ranked, predicates, 'categories')) countInto(facets.categories, record.categories);
  for (const { record } of passing(ranked, predicates, 'languages')) countInto(facets.languages, record.languages.map(primaryLanguage));
  for (const { record } of passing(ranked, predicates, 'features')) countInto(facets.features, record.features ?? []);
  facets.open = passing(ranked, predicates, 'open').filter(({ open }) => open.kind === 'open').length;

  const relaxations =
    results.length > 0
      ? []
      : FACET_NAMES.filter((facet) => predicates[facet] !== null)
          .map((facet) => ({ facet, count: passing(ranked, predicates, facet).length }))
          .filter(({ count }) => count > 0);
  return { results, facets, relaxations };
}
