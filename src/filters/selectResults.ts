import { CATEGORIES, SERVICE_TAGS, type Category, type ServiceTag } from '../data/categories';
import { AGE_GRADES, ageCutoffs, type AgeGrade } from '../data/freshness';
import { chicagoTime, type ChicagoTime, type OpenState } from '../data/openingHours';
import type { ServiceRecord } from '../data/schema';
import { FEATURES, type Feature } from '../data/vocabulary';
import { METRES_PER_MILE, type LatLng } from '../geo/distance';
import type { SearchIndex } from '../search/searchIndex';
import { bitsOf, facetTableFor, isOpen, primaryLanguage } from './facetTable';
import { sortInForce, type OpenFilter, type SearchState } from './searchState';

export { primaryLanguage } from './facetTable';

export interface Result {
  readonly record: ServiceRecord;
  readonly open: OpenState;
  /** How old its information is: older ranks lower among equals, and the card says so. */
  readonly age: AgeGrade;
  /** From the chosen place; null without a place or without a point. */
  readonly distanceMetres: number | null;
}

/** What every result of one selection shares, so that each result itself is only two references. */
interface SelectionContext {
  records: readonly ServiceRecord[];
  ages: Uint8Array;
  metres: Float32Array | undefined;
  openStateOf: (doc: number) => OpenState;
}

/**
 * A result that reads its fields from the selection when a card or marker asks: 20,000 results cost
 * 20,000 small objects, and whether each is open is worked out only for those shown.
 */
class MatchedService implements Result {
  constructor(
    private readonly context: SelectionContext,
    private readonly doc: number,
  ) {}

  get record(): ServiceRecord {
    const record = this.context.records[this.doc];
    if (!record) throw new Error(`No record at ${this.doc}`);
    return record;
  }

  get age(): AgeGrade {
    return AGE_GRADES[this.context.ages[this.doc] ?? 0] ?? 'recent';
  }

  get distanceMetres(): number | null {
    const metres = this.context.metres?.[this.doc];
    return metres === undefined || Number.isNaN(metres) ? null : metres;
  }

  get open(): OpenState {
    return this.context.openStateOf(this.doc);
  }
}

export type FacetName = 'categories' | 'services' | 'languages' | 'open' | 'features' | 'within';

export interface Facets {
  categories: Map<Category, number>;
  services: Map<ServiceTag, number>;
  languages: Map<string, number>;
  /** Of the results the language counts are over, how many state any language. */
  languagesStated: { stated: number; total: number };
  features: Map<Feature, number>;
  open: number;
}

export interface Selection {
  results: Result[];
  facets: Facets;
  /** With no results: each active filter and how many results there would be without it. */
  relaxations: { facet: FacetName; count: number }[];
}

const BIT = { categories: 1, services: 2, languages: 4, open: 8, features: 16, within: 32 } as const satisfies Record<FacetName, number>;
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
export function selectResults(index: SearchIndex, state: SearchState, now: Date, origin: LatLng | null = null): Selection {
  const table = facetTableFor(index.records);
  const time = timeFor(state.open, now);
  const timeNow = state.open?.kind === 'at' ? time : chicagoTime(now);
  const openForFilter = table.openAt(time);
  const openStateOf = table.openStatesAt(timeNow);
  const cutoffs = ageCutoffs(now);
  const { ages, penalty } = table.agesAt(cutoffs);
  const distances = origin ? table.distancesFrom(origin, index.nameOrder) : null;
  const sort = sortInForce(state, distances !== null);
  const hits = index.search(state.query, {
    cacheKey: `${cutoffs.recentAfter}|${origin ? `${origin.latitude},${origin.longitude}` : ''}`,
    penalty,
    order: distances?.order,
    orderOnly: sort === 'name' || (sort === 'distance' && distances !== null),
    nearestAmongEqual: sort === 'relevance' && distances !== null,
    closed: table.closed,
  });
  const metres = distances?.metres;
  const radiusMetres = distances && state.within !== null ? state.within * METRES_PER_MILE : Number.POSITIVE_INFINITY;

  const wantedCategories = bitsOf(state.categories, CATEGORIES);
  const wantedFeatures = bitsOf(state.features, FEATURES);
  const wantedServices = Uint8Array.from(SERVICE_TAGS, (tag) => (state.services.includes(tag) ? 1 : 0));
  // A language no listing states (a typo, or "in=xx" in a shared link) is ignored, not a filter that empties the list.
  const wantedLanguageCodes = new Set(state.languages.map(primaryLanguage).filter((code) => table.languages.includes(code)));
  const wantedLanguages = Uint8Array.from(table.languages, (code) => (wantedLanguageCodes.has(code) ? 1 : 0));
  const active =
    (state.categories.length ? BIT.categories : 0) |
    (state.services.length ? BIT.services : 0) |
    (wantedLanguageCodes.size ? BIT.languages : 0) |
    (state.open ? BIT.open : 0) |
    (state.features.length ? BIT.features : 0) |
    (radiusMetres < Number.POSITIVE_INFINITY ? BIT.within : 0);

  const categoryCounts = new Int32Array(CATEGORIES.length);
  const featureCounts = new Int32Array(FEATURES.length);
  const serviceCounts = new Int32Array(SERVICE_TAGS.length);
  const languageCounts = new Int32Array(table.languages.length);
  let openCount = 0;
  let languageBase = 0;
  let languagesStated = 0;
  const results: Result[] = [];
  const masks = new Int32Array(hits.length);

  // Read once: inside the loop every module-level name can cost a lookup per record.
  const categoryCount = CATEGORIES.length;
  const featureCount = FEATURES.length;
  const { categoryBits: allCategoryBits, featureBits: allFeatureBits, languageStart, languageList, serviceStart, serviceList } = table;
  const context: SelectionContext = { records: index.records, ages, metres, openStateOf };
  for (let position = 0; position < hits.length; position += 1) {
    const doc = hits[position] ?? 0;
    const categoryBits = allCategoryBits[doc] ?? 0;
    const featureBits = allFeatureBits[doc] ?? 0;
    const firstLanguage = languageStart[doc] ?? 0;
    const endLanguage = languageStart[doc + 1] ?? 0;
    let mask = 0;
    if (categoryBits & wantedCategories) mask |= BIT.categories;
    const firstService = serviceStart[doc] ?? 0;
    const endService = serviceStart[doc + 1] ?? 0;
    if (active & BIT.services) {
      for (let k = firstService; k < endService; k += 1) if (wantedServices[serviceList[k] ?? 0]) mask |= BIT.services;
    }
    if (active & BIT.languages) {
      for (let k = firstLanguage; k < endLanguage; k += 1) if (wantedLanguages[languageList[k] ?? 0]) mask |= BIT.languages;
    }
    if (isOpen(openForFilter[doc])) mask |= BIT.open;
    if ((featureBits & wantedFeatures) === wantedFeatures) mask |= BIT.features;
    const away = metres ? (metres[doc] ?? Number.NaN) : Number.NaN;
    if (away <= radiusMetres) mask |= BIT.within;
    mask &= active;
    masks[position] = mask;

    if (mask === active) results.push(new MatchedService(context, doc));
    if (((mask | BIT.categories) & active) === active) {
      for (let bit = 0; bit < categoryCount; bit += 1) if (categoryBits & (1 << bit)) categoryCounts[bit] = (categoryCounts[bit] ?? 0) + 1;
    }
    if (((mask | BIT.services) & active) === active) {
      for (let k = firstService; k < endService; k += 1) {
        const id = serviceList[k] ?? 0;
        serviceCounts[id] = (serviceCounts[id] ?? 0) + 1;
      }
    }
    if (((mask | BIT.features) & active) === active) {
      for (let bit = 0; bit < featureCount; bit += 1) if (featureBits & (1 << bit)) featureCounts[bit] = (featureCounts[bit] ?? 0) + 1;
    }
    if (((mask | BIT.languages) & active) === active) {
      languageBase += 1;
      if (endLanguage > firstLanguage) languagesStated += 1;
      for (let k = firstLanguage; k < endLanguage; k += 1) {
        const id = languageList[k] ?? 0;
        languageCounts[id] = (languageCounts[id] ?? 0) + 1;
      }
    }
    if (((mask | BIT.open) & active) === active && isOpen(openForFilter[doc])) openCount += 1;
  }

  const facets: Facets = {
    categories: new Map(CATEGORIES.map((category, bit) => [category, categoryCounts[bit] ?? 0])),
    services: new Map(SERVICE_TAGS.map((tag, id) => [tag, serviceCounts[id] ?? 0])),
    features: new Map(FEATURES.map((feature, bit) => [feature, featureCounts[bit] ?? 0])),
    languages: new Map(
      table.languages.flatMap((code, id) => ((languageCounts[id] ?? 0) > 0 ? [[code, languageCounts[id] ?? 0]] : [])),
    ),
    languagesStated: { stated: languagesStated, total: languageBase },
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
