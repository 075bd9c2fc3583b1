import { CATEGORIES, SERVICE_TAGS, type Category, type ServiceTag } from '../data/categories';
import { DAYS, FEATURES, LANGUAGE_CODE, type Feature } from '../data/vocabulary';
import { localeFromTag, type LocaleCode } from '../i18n/locales';
import { MAX_QUERY_LENGTH } from '../search/normalize';

type Day = (typeof DAYS)[number];

/** "Open now", or open at a chosen weekday and time in Chicago. */
export type OpenFilter = { kind: 'now' } | { kind: 'at'; day: Day; time: string };

export const SORTS = ['relevance', 'distance', 'name'] as const;

/** The order in force: with a place and no words, "best match" has nothing to match, so nearest comes first. */
export function sortInForce(state: Pick<SearchState, 'sort' | 'query'>, hasPlace: boolean): Sort {
  return hasPlace && state.sort === 'relevance' && state.query.trim() === '' ? 'distance' : state.sort;
}
export type Sort = (typeof SORTS)[number];

/** Radius choices, in miles (shown in kilometres when the user prefers them). */
export const RADII = [0.5, 1, 2, 5] as const;
export type Radius = (typeof RADII)[number];

export const UNITS = ['mi', 'km'] as const;
export type Unit = (typeof UNITS)[number];

export const MAX_PLACE_LENGTH = 100;

/** What a print view prints: the current results, the hand-picked list, or one area's directory. */
export const PRINTS = ['results', 'list', 'area'] as const;
export type Print = (typeof PRINTS)[number];

/** Pages beside the directory. */
export const PAGES = ['rights', 'privacy'] as const;
export type AppPage = (typeof PAGES)[number];

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

/** A print list longer than this is not a handout; the rest of a pasted list is dropped. */
export const MAX_PICKS = 500;

export interface SearchState {
  query: string;
  categories: Category[];
  services: ServiceTag[];
  /** Languages the service is delivered in (any of). */
  languages: string[];
  open: OpenFilter | null;
  /** Free, walk-in, no ID…: all of them must hold. */
  features: Feature[];
  sort: Sort;
  /** Where to measure distances from, as typed ("60608", "Pilsen", "26th and Kedzie") or "@lat,lng" from the device. */
  near: string;
  /** Only services within this many miles of the place. */
  within: Radius | null;
  unit: Unit;
  /** The interface language chosen in the switcher; null follows the browser's language. */
  lang: LocaleCode | null;
  /** The selected record's id: the details view and the highlighted marker. */
  selectedId: string | null;
  /** The print list: record ids in the order they are printed. */
  picks: string[];
  /** Which print view is open, if any. */
  print: Print | null;
  /** The community area or ZIP whose directory is printed. */
  area: string;
  /** The second language of a bilingual handout. */
  alongside: LocaleCode | null;
  paper: Paper;
  /** A page other than the directory, if one is open. */
  page: AppPage | null;
}

export const DEFAULT_STATE: SearchState = Object.freeze({
  query: '',
  categories: [],
  services: [],
  languages: [],
  open: null,
  features: [],
  sort: 'relevance',
  near: '',
  within: null,
  unit: 'mi',
  lang: null,
  selectedId: null,
  picks: [],
  print: null,
  area: '',
  alongside: null,
  paper: 'letter',
  page: null,
});

const MAX_LIST = 20;
const MAX_ID_LENGTH = 120;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_LANGUAGE_LENGTH = 20;

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID.test(value);
}

function isLanguageCode(value: string): boolean {
  return value.length <= MAX_LANGUAGE_LENGTH && LANGUAGE_CODE.test(value);
}

const timeParam = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Keeps the values of a comma-separated list that are allowed, once each, in the canonical order. */
function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  const wanted = new Set((raw ?? '').split(',').slice(0, MAX_LIST));
  return allowed.filter((value) => wanted.has(value));
}

function languagesOf(raw: string | null): string[] {
  const valid = (raw ?? '').split(',').slice(0, MAX_LIST).filter(isLanguageCode);
  return [...new Set(valid)].sort();
}

function picksOf(raw: string | null): string[] {
  const valid = (raw ?? '').split(',').filter(isId);
  return [...new Set(valid)].slice(0, MAX_PICKS);
}

function openOf(raw: string | null): OpenFilter | null {
  if (raw === 'now') return { kind: 'now' };
  const [day, time] = (raw ?? '').split('-');
  const knownDay = DAYS.find((candidate) => candidate === day);
  return knownDay && time && timeParam.test(time) ? { kind: 'at', day: knownDay, time } : null;
}

/** Reads the state from a URL query string; a bad or unknown value is dropped, never an error. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  const sort = SORTS.find((candidate) => candidate === params.get('sort'));
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    categories: listOf(params.get('cat'), CATEGORIES),
    services: listOf(params.get('svc'), SERVICE_TAGS),
    languages: languagesOf(params.get('in')),
    open: openOf(params.get('open')),
    features: listOf(params.get('need'), FEATURES),
    sort: sort ?? DEFAULT_STATE.sort,
    near: (params.get('near') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PLACE_LENGTH),
    within: RADII.find((radius) => String(radius) === params.get('within')) ?? null,
    unit: UNITS.find((unit) => unit === params.get('unit')) ?? DEFAULT_STATE.unit,
    lang: localeFromTag(params.get('lang')) ?? null,
    selectedId: id !== null && isId(id) ? id : DEFAULT_STATE.selectedId,
    picks: picksOf(params.get('pick')),
    print: PRINTS.find((print) => print === params.get('print')) ?? null,
    area: (params.get('area') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PLACE_LENGTH),
    alongside: localeFromTag(params.get('with')) ?? null,
    paper: PAPERS.find((paper) => paper === params.get('paper')) ?? DEFAULT_STATE.paper,
    page: PAGES.find((page) => page === params.get('page')) ?? null,
  };
}

/** Writes only what differs from the defaults, always in the same order, so equal states give equal links. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  const lists: [string, readonly string[], readonly string[]][] = [
    ['cat', state.categories, CATEGORIES],
    ['svc', state.services, SERVICE_TAGS],
    ['in', state.languages, [...state.languages].sort()],
    ['need', state.features, FEATURES],
  ];
  for (const [name, values, order] of lists) {
    const ordered = order.filter((value) => values.includes(value));
    if (ordered.length > 0) params.set(name, [...new Set(ordered)].join(','));
  }
  if (state.open) params.set('open', state.open.kind === 'now' ? 'now' : `${state.open.day}-${state.open.time}`);
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  const near = state.near.replace(/\s+/g, ' ').trim();
  if (near !== '') params.set('near', near);
  if (state.within !== null) params.set('within', String(state.within));
  if (state.unit !== DEFAULT_STATE.unit) params.set('unit', state.unit);
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.selectedId !== null) params.set('id', state.selectedId);
  if (state.picks.length > 0) params.set('pick', state.picks.join(','));
  if (state.print !== null) params.set('print', state.print);
  if (state.area.trim() !== '') params.set('area', state.area.trim());
  if (state.alongside !== null) params.set('with', state.alongside);
  if (state.paper !== DEFAULT_STATE.paper) params.set('paper', state.paper);
  if (state.page !== null) params.set('page', state.page);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The same search with no record selected and the filters kept: what typing a new query starts from. */
export function withQuery(state: SearchState, query: string): SearchState {
  return { ...state, query, selectedId: null };
}
