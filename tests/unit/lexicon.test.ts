import { describe, expect, it } from 'vitest';
import { loadEverydayWords } from '../../src/search/lexicon';
import { parseQuery } from '../../src/search/parseQuery';

describe('the everyday words, fetched after the first screen', () => {
  it('reads the core words from the start and the everyday ones once they are loaded', async () => {
    expect(parseQuery('abogado').concepts.map(({ concept }) => concept.categories)).toEqual([['legal']]);
    expect(parseQuery('mu7ami').concepts).toEqual([]);
    expect(parseQuery('mu7ami').textParts.map(({ words }) => words[0])).toEqual(['mu7ami']);
    await loadEverydayWords();
    expect(parseQuery('mu7ami').concepts.map(({ concept }) => concept.categories)).toEqual([['legal']]);
    expect(parseQuery('mu7ami').textParts).toEqual([]);
  });

  it('keeps the core meaning of a word the everyday lists also hold', async () => {
    await loadEverydayWords();
    // "lawyer" is core (help only, not a court) whatever an everyday list says.
    expect(parseQuery('lawyer').concepts[0]?.concept.helpOnly).toBe(true);
  });
});

describe('terms read only as typed', () => {
  it('does not stretch "hearing" to "healing" or "corte" to "Norte"', async () => {
    await loadEverydayWords();
    expect(parseQuery('hearing').concepts[0]?.concept.venues).toEqual(['court']);
    for (const query of ['healing', 'heating', 'norte']) {
      expect(parseQuery(query).concepts.some(({ concept }) => concept.venues !== undefined), query).toBe(false);
    }
  });
});
