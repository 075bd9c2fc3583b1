import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORIES, SERVICE_TAGS } from '../../src/data/categories';
import { DAYS, FEATURES } from '../../src/data/vocabulary';
import { DEFAULT_STATE, MAX_PICKS, MAX_PLACE_LENGTH, PAGES, PAPERS, parseSearchState, PRINTS, RADII, serializeSearchState, SORTS, UNITS } from '../../src/filters/searchState';
import { LOCALES } from '../../src/i18n/locales';
import { MAX_QUERY_LENGTH } from '../../src/search/normalize';

describe('URL state', () => {
  it('reads the query and the selected record', () => {
    expect(parseSearchState('?q=abogado&id=nijc-chicago-office')).toEqual({
      ...DEFAULT_STATE,
      query: 'abogado',
      selectedId: 'nijc-chicago-office',
    });
  });

  it('falls back to defaults for missing, unknown or malformed parameters', () => {
    expect(parseSearchState('')).toEqual(DEFAULT_STATE);
    expect(parseSearchState('?foo=bar&id=')).toEqual(DEFAULT_STATE);
    expect(parseSearchState('?id=%3Cscript%3E')).toEqual(DEFAULT_STATE);
    expect(parseSearchState('?q=%E0%A4%A&id=%E0%A4%A').selectedId).toBeNull();
  });

  it('keeps markup in a query as text', () => {
    expect(parseSearchState('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').query).toBe('<script>alert(1)</script>');
  });

  it('drops filter values that do not exist, keeping the rest', () => {
    expect(parseSearchState('?cat=legal,magic,legal&in=es,<b>,pl&need=free,cheap&open=someday&sort=random')).toEqual({
      ...DEFAULT_STATE,
      categories: ['legal'],
      languages: ['es', 'pl'],
      features: ['free'],
    });
    expect(parseSearchState('?open=xx-25:00').open).toBeNull();
    expect(parseSearchState('?open=now').open).toEqual({ kind: 'now' });
  });

  it('caps a very long query', () => {
    expect(parseSearchState(`?q=${'x'.repeat(5000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes only what differs from the defaults, in a stable order', () => {
    expect(serializeSearchState(DEFAULT_STATE)).toBe('');
    expect(serializeSearchState({ ...DEFAULT_STATE, selectedId: 'a-b', query: 'food pantry' })).toBe('?q=food+pantry&id=a-b');
    expect(serializeSearchState({ ...DEFAULT_STATE, selectedId: null, query: '   ' })).toBe('');
    expect(
      serializeSearchState({
        ...DEFAULT_STATE,
        features: ['walk-in', 'free'],
        categories: ['shelter', 'legal'],
        languages: ['pl', 'es'],
        open: { kind: 'at', day: 'we', time: '14:30' },
        sort: 'name',
      }),
    ).toBe('?cat=legal%2Cshelter&in=es%2Cpl&need=free%2Cwalk-in&open=we-14%3A30&sort=name');
  });

  it('round-trips', () => {
    const states = [
      { ...DEFAULT_STATE, query: 'legal help spanish pilsen', selectedId: null },
      { ...DEFAULT_STATE, query: 'café & co = 100%', selectedId: 'x-1' },
      { ...DEFAULT_STATE, query: '', selectedId: 'fixture-helpline' },
    ];
    for (const state of states) expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
});

describe('URL state, for any state', () => {
  const stateArbitrary = fc.record({
    query: fc.string({ maxLength: MAX_QUERY_LENGTH }).filter((q) => q.trim() !== '' || q === ''),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
    services: fc.uniqueArray(fc.constantFrom(...SERVICE_TAGS), { maxLength: 5 }),
    languages: fc.uniqueArray(fc.constantFrom('es', 'pl', 'zh-Hans', 'ar', 'uk', 'yue'), { maxLength: 4 }),
    open: fc.option(
      fc.oneof(
        fc.constant({ kind: 'now' as const }),
        fc.record({
          kind: fc.constant('at' as const),
          day: fc.constantFrom(...DAYS),
          time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
            ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
          ),
        }),
      ),
      { nil: null },
    ),
    features: fc.uniqueArray(fc.constantFrom(...FEATURES)),
    sort: fc.constantFrom(...SORTS),
    near: fc.oneof(
      fc.constant(''),
      fc.constantFrom('60608', 'Pilsen', '26th and Kedzie', '@41.853,-87.705'),
      fc.string({ maxLength: MAX_PLACE_LENGTH }).map((text) => text.replace(/\s+/g, ' ').trim()),
    ),
    within: fc.option(fc.constantFrom(...RADII), { nil: null }),
    unit: fc.constantFrom(...UNITS),
    lang: fc.option(fc.constantFrom(...LOCALES.map(({ code }) => code)), { nil: null }),
    selectedId: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), { nil: null }),
    picks: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), { maxLength: 30 }),
    print: fc.option(fc.constantFrom(...PRINTS), { nil: null }),
    area: fc.oneof(fc.constant(''), fc.constantFrom('Lower West Side', '60608', 'Albany Park')),
    alongside: fc.option(fc.constantFrom(...LOCALES.map(({ code }) => code)), { nil: null }),
    paper: fc.constantFrom(...PAPERS),
    page: fc.option(fc.constantFrom(...PAGES), { nil: null }),
  });

  it('reads back what it wrote, and writes equal states as equal links', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const written = serializeSearchState(state);
        const read = parseSearchState(written);
        expect(serializeSearchState(read)).toBe(written);
        expect(read.categories.sort()).toEqual([...state.categories].sort());
        expect(read.languages).toEqual([...state.languages].sort());
        expect(read.open).toEqual(state.open);
        expect(read.selectedId).toBe(state.selectedId);
        expect(read.near).toBe(state.near);
        expect(read.within).toBe(state.within);
        expect(read.unit).toBe(state.unit);
        expect(read.lang).toBe(state.lang);
        expect(read.query).toBe(state.query.trim() === '' ? '' : state.query);
        expect(read.picks).toEqual(state.picks);
        expect(read.print).toBe(state.print);
        expect(read.area).toBe(state.area);
        expect(read.alongside).toBe(state.alongside);
        expect(read.paper).toBe(state.paper);
        expect(read.page).toBe(state.page);
      }),
    );
  });

  it('keeps a print list in order, once each, valid ids only, and at most 500', () => {
    expect(parseSearchState('?pick=b,a,b,<script>,c').picks).toEqual(['b', 'a', 'c']);
    const many = Array.from({ length: 700 }, (_, index) => `r${index}`).join(',');
    expect(parseSearchState(`?pick=${many}`).picks).toHaveLength(MAX_PICKS);
    expect(parseSearchState('?print=everything&paper=tabloid&with=xx')).toMatchObject({ print: null, paper: 'letter', alongside: null });
  });

  it('never throws on any query string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (search) => void parseSearchState(search)));
  });
});

describe('language tags in the address', () => {
  it('map common tags to the nearest interface language, and ignore the rest', () => {
    const langOf = (query: string) => parseSearchState(query).lang;
    expect(langOf('lang=zh')).toBe('zh-Hans');
    expect(langOf('lang=zh-CN')).toBe('zh-Hans');
    expect(langOf('lang=es-MX')).toBe('es');
    expect(langOf('lang=fil')).toBe('tl');
    expect(langOf('lang=FR-ca')).toBe('fr');
    expect(langOf('lang=zh-TW')).toBeNull();
    expect(langOf('lang=pt-BR')).toBeNull();
    expect(parseSearchState('with=es-419').alongside).toBe('es');
  });
});
