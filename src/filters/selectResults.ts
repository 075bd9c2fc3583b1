import { CATEGORIES, type Category } from '../data/categories';
import { staleBefore } from '../data/freshness';
import { chicagoTime, type ChicagoTime, type OpenState } from '../data/openingHours';
import { FEATURES, type Feature, type ServiceRecord } from '../data/schema';
import type { SearchIndex } from '../search/searchIndex';
import { bitsOf, facetTableFor, isOpen, primaryLanguage } from './facetTable';
import type { OpenFilter, SearchState } from './searchState';

export { primaryLanguage } from './facetTable';

export interface Result {
  record: ServiceRecord;
  open: OpenState;
  /** Not confirmed for over 12 months: ranked lower, and the card says so. */
  stale: boolean;
}

export type FacetName = 'categories' | 'services' | 'languages' | 'open' | 'features';

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
const STALE_PENALTY = 0.15;

const BIT = { categories: 1, services: 2, languages: 4, open: 8, features: 16 } as const satisfies Record<FacetName, number>;
const FACETS = Object.keys(BIT).filter((name): name is FacetName => name in BIT);

function timeFor(filter: OpenFilter | null, now: Date): ChicagoTime {
  if (!filter || filter.kind === 'now') return chicagoTime(now);
  const [hours = 0, minutes = 0] = filter.time.split(':').map(Number);
  // A chosen weekday has no date, so monthly patterns ("2nd Wednesday") are not counted as open.
  return { day: filter.day, minutes: hours * 60 + minutes, dayOfMonth: 0, daysInMonth: 31 };
}

/**
 * The one list of results that the list, the map and print all show, with the counts the filters offer.
 * One pass: each hit gets a bit per active filter it passes, and the counts for a filter's options are
 * taken over the hits that pass every other filter.
 */
export function selectResults(index: SearchIndex, state: SearchState, now: Date): Selection {
  const table = facetTableFor(index.records);
  const time = timeFor(state.open, now);
  const timeNow = state.open?.kind === 'at' ? time : chicagoTime(now);
  const openForFilter = table.openAt(time);
  const openStateOf = table.openStatesAt(timeNow);
  const cutoff = staleBefore(now);
  const stale = table.staleBefore(cutoff);
  const hits = index.search(state.query, {
    cacheKey: String(cutoff),
    penalty: (doc) => (index.records[doc]?.status === 'active' ? 0 : CLOSED_PENALTY) + (stale[doc] ? STALE_PENALTY : 0),
    byName: state.sort === 'name',
  });

  const wantedCategories = bitsOf(state.categories, CATEGORIES);
  const wantedFeatures = bitsOf(state.features, FEATURES);
  const wantedLanguages = new Set(state.languages.map(primaryLanguage));
  const active =
    (state.categories.length ? BIT.categories : 0) |
    (state.services.length ? BIT.services : 0) |
    (wantedLanguages.size ? BIT.languages : 0) |
    (state.open ? BIT.open : 0) |
    (state.features.length ? BIT.features : 0);

  const categoryCounts = new Int32Array(CATEGORIES.length);
  const featureCounts = new Int32Array(FEATURES.length);
  const languageCounts = new Int32Array(table.languages.length);
  let openCount = 0;
  const results: Result[] = [];
  const masks = new Int32Array(hits.length);

  // Read once: inside the loop every module-level name can cost a lookup per record.
  const categoryCount = CATEGORIES.length;
  const featureCount = FEATURES.length;
  const { categoryBits: allCategoryBits, featureBits: allFeatureBits, languageIds: allLanguageIds } = table;
  for (let position = 0; position < hits.length; position += 1) {
    const hit = hits[position];
    if (!hit) continue;
    const { record, doc } = hit;
    const categoryBits = allCategoryBits[doc] ?? 0;
    const featureBits = allFeatureBits[doc] ?? 0;
    const languageIds = allLanguageIds[doc] ?? [];
    let mask = 0;
    if (categoryBits & wantedCategories) mask |= BIT.categories;
    if (active & BIT.services && state.services.some((service) => record.services.includes(service))) mask |= BIT.services;
    if (active & BIT.languages && languageIds.some((id) => wantedLanguages.has(table.languages[id] ?? ''))) mask |= BIT.languages;
    if (isOpen(openForFilter[doc])) mask |= BIT.open;
    if ((featureBits & wantedFeatures) === wantedFeatures) mask |= BIT.features;
    mask &= active;
    masks[position] = mask;

    if (mask === active) results.push({ record, open: openStateOf(doc), stale: stale[doc] === 1 });
    if (((mask | BIT.categories) & active) === active) {
      for (let bit = 0; bit < categoryCount; bit += 1) if (categoryBits & (1 << bit)) categoryCounts[bit] = (categoryCounts[bit] ?? 0) + 1;
    }
    if (((mask | BIT.features) & active) === active) {
      for (let bit = 0; bit < featureCount; bit += 1) if (featureBits & (1 << bit)) featureCounts[bit] = (featureCounts[bit] ?? 0) + 1;
    }
    if (((mask | BIT.languages) & active) === active) for (const id of languageIds) languageCounts[id] = (languageCounts[id] ?? 0) + 1;
    if (((mask | BIT.open) & active) === active && isOpen(openForFilter[doc])) openCount += 1;
  }

  const facets: Facets = {
    categories: new Map(CATEGORIES.map((category, bit) => [category, categoryCounts[bit] ?? 0])),
    features: new Map(FEATURES.map((feature, bit) => [feature, featureCounts[bit] ?? 0])),
    languages: new Map(
      table.languages.flatMap((code, id) => ((languageCounts[id] ?? 0) > 0 ? [[code, languageCounts[id] ?? 0]] : [])),
    ),
    open: openCount,
  };
  const relaxations =
    results.length > 0
      ? []
      : FACETS.filter((facet) => active & BIT[facet])
          .map((facet) => ({ facet, count: masks.filter((mask) => ((mask | BIT[facet]) & active) === active).length }))
          .filter(({ count }) => count > 0);
  return { results, facets, relaxations };
}
