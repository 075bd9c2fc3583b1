import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseSearchState, serializeSearchState } from '../../src/filters/searchState';
import { MAX_QUERY_LENGTH } from '../../src/search/normalize';

describe('URL state', () => {
  it('reads the query and the selected record', () => {
    expect(parseSearchState('?q=abogado&id=nijc-chicago-office')).toEqual({
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

  it('caps a very long query', () => {
    expect(parseSearchState(`?q=${'x'.repeat(5000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes only what differs from the defaults, in a stable order', () => {
    expect(serializeSearchState(DEFAULT_STATE)).toBe('');
    expect(serializeSearchState({ selectedId: 'a-b', query: 'food pantry' })).toBe('?q=food+pantry&id=a-b');
    expect(serializeSearchState({ selectedId: null, query: '   ' })).toBe('');
  });

  it('round-trips', () => {
    const states = [
      { query: 'legal help spanish pilsen', selectedId: null },
      { query: 'café & co = 100%', selectedId: 'x-1' },
      { query: '', selectedId: 'fixture-helpline' },
    ];
    for (const state of states) expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
});
