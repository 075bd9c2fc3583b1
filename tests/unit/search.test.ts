import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/searchIndex';
import { cleanQuery, foldText, MAX_QUERY_LENGTH } from '../../src/search/normalize';
import { fixtureRecords } from '../fixtures/records';

const index = createSearchIndex(fixtureRecords);
const idsFor = (query: string) => Array.from(index.search(query), (doc) => index.records[doc]?.id);

describe('search', () => {
  it('lists every record for an empty query, sorted by name', () => {
    expect(idsFor('')).toEqual([
      'fixture-family-shelter',
      'fixture-helpline',
      'fixture-legal-clinic',
      'fixture-food-pantry',
    ]);
    expect(idsFor('   ')).toHaveLength(fixtureRecords.length);
  });

  it('when searching for "pantry", we get exactly the food pantry', () => {
    expect(idsFor('pantry')).toEqual(['fixture-food-pantry']);
  });

  it('tolerates a typo', () => {
    expect(idsFor('imigration')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('shelterr')[0]).toBe('fixture-family-shelter');
  });

  it('ignores case and accents in the query', () => {
    expect(idsFor('ÁSYLUM')).toEqual(idsFor('asylum'));
    expect(idsFor('asylum')[0]).toBe('fixture-legal-clinic');
  });

  it('finds words far into a long field', () => {
    expect(idsFor('deportation defense')[0]).toBe('fixture-legal-clinic');
  });

  it('searches organizations, alternate names, categories and neighborhoods', () => {
    expect(idsFor('FJC')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('Fixture Community Kitchen')[0]).toBe('fixture-food-pantry');
    expect(idsFor('hotline')).toEqual(['fixture-helpline']);
    expect(idsFor('albany park')[0]).toBe('fixture-food-pantry');
  });

  it('puts the records that match every word above those that match some, and leaves out those that match none', () => {
    expect(idsFor('food albany')).toEqual(['fixture-food-pantry']);
    expect(idsFor('kitchen humboldt')).toEqual(['fixture-food-pantry', 'fixture-family-shelter']);
    expect(idsFor('xylophone humboldt')).toEqual(['fixture-family-shelter']);
  });

  it('returns nothing, not everything, when nothing matches', () => {
    expect(idsFor('xylophone')).toEqual([]);
  });

  it('treats markup in a query as plain text', () => {
    expect(idsFor('<script>alert(1)</script>')).toEqual([]);
  });
});

describe('text normalisation', () => {
  it('folds case and accents', () => {
    expect(foldText('Inmigración ŁÓDŹ')).toBe('inmigracion łodz');
  });

  it('gives plain ASCII the same result by its short path as by the full one', () => {
    const full = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
    for (const text of ['Legal Aid CHICAGO, 60608', 'tabs\tand\nlines', 'Café', 'İstanbul', 'control\u0007bell', '']) {
      expect(foldText(text)).toBe(full(text));
    }
  });

  it('collapses spaces and caps the length of a pasted query', () => {
    expect(cleanQuery('  legal   help ')).toBe('legal help');
    expect(cleanQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('query understanding', () => {
  it('understands needs in the user’s language, with a typo', () => {
    for (const query of ['abogado', 'abogdo', 'prawnik', '律师', 'محامي', 'юрист']) {
      expect(idsFor(query)[0], query).toBe('fixture-legal-clinic');
    }
    expect(idsFor('refugio')).toEqual(['fixture-family-shelter']);
    expect(idsFor('comida')).toEqual(['fixture-food-pantry']);
  });

  it('combines a need with a place and prefers services in the asked-for language', () => {
    expect(idsFor('food albany park')).toEqual(['fixture-food-pantry']);
    expect(idsFor('abogado pilsen')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('legal help spanish')[0]).toBe('fixture-legal-clinic');
  });

  it('still finds an organization by a name that holds a need word', () => {
    expect(idsFor('Fixture Justice Center')[0]).toBe('fixture-legal-clinic');
  });
});

describe('one-slip matching of need words', () => {
  it('forgives one dropped, added, changed or swapped letter, and no more', () => {
    for (const query of ['abogdo', 'abogaddo', 'abogafo', 'abgoado']) expect(idsFor(query)[0], query).toBe('fixture-legal-clinic');
    expect(idsFor('abgdo')).toEqual([]);
  });
});

describe('a single letter', () => {
  it('is not yet a search: the whole list stays', () => {
    expect(idsFor('a')).toEqual(idsFor(''));
    expect(idsFor('律')).not.toEqual(idsFor(''));
  });
});
