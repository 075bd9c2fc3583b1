import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, sortInForce } from '../../src/filters/searchState';
import { selectResults } from '../../src/filters/selectResults';
import { createSearchIndex } from '../../src/search/searchIndex';
import { fixtureRecords } from '../fixtures/records';

const index = createSearchIndex(fixtureRecords);
const NOW = new Date('2025-11-25T15:30:00Z'); // Tuesday 09:30 in Chicago
const select = (patch: Partial<typeof DEFAULT_STATE>) => selectResults(index, { ...DEFAULT_STATE, ...patch }, NOW);
const ids = (patch: Partial<typeof DEFAULT_STATE>) => select(patch).results.map(({ record }) => record.id);

describe('selectResults', () => {
  it('ranks older information after newer among equals, and grades each result by age', () => {
    const order = ids({});
    expect(order.at(-1)).toBe('fixture-food-pantry');
    expect(select({}).results.find(({ record }) => record.id === 'fixture-food-pantry')?.age).toBe('old');
  });

  it('sorts by name on request', () => {
    expect(ids({ sort: 'name' })).toEqual(['Family Shelter Intake', 'Fixture Family Helpline', 'Immigration Legal Clinic', 'Neighborhood Food Pantry'].map(
      (name) => fixtureRecords.find((record) => record.name === name)?.id,
    ));
  });

  it('combines filters: any of the kinds, all of the needs', () => {
    expect(ids({ categories: ['food', 'shelter'] }).sort()).toEqual(['fixture-family-shelter', 'fixture-food-pantry']);
    expect(ids({ categories: ['legal'], languages: ['es'] })).toEqual(['fixture-legal-clinic']);
    expect(ids({ features: ['free'] })).toEqual([]);
  });

  it('counts each filter’s options over the results of the other filters', () => {
    const { facets } = select({ categories: ['food'] });
    expect(facets.categories.get('legal')).toBe(2);
    expect(facets.categories.get('food')).toBe(1);
    expect(facets.languages.get('es')).toBeUndefined();
    expect(select({}).facets.languages.get('es')).toBe(1);
  });

  it('is open on a chosen day and time in Chicago', () => {
    expect(ids({ open: { kind: 'at', day: 'sa', time: '10:00' } })).toEqual([]);
    expect(ids({ open: { kind: 'at', day: 'we', time: '16:59' } })).toEqual(['fixture-legal-clinic']);
    expect(ids({ open: { kind: 'now' } })).toEqual(['fixture-legal-clinic']);
  });

  it('offers to drop each filter that empties the list, with what would come back', () => {
    expect(select({ categories: ['food'], open: { kind: 'now' } }).relaxations).toEqual([
      { facet: 'categories', count: 1 },
      { facet: 'open', count: 1 },
    ]);
    expect(select({ categories: ['food'] }).relaxations).toEqual([]);
  });
});

describe('a language no listing states', () => {
  it('is ignored, as a shared link\'s "in=xx" should be, instead of emptying the list', () => {
    expect(ids({ languages: ['xx'] })).toEqual(ids({}));
    expect(ids({ languages: ['xx', 'es'] })).toEqual(['fixture-legal-clinic']);
  });
});

describe('with a place and no words', () => {
  const origin = { latitude: 41.898, longitude: -87.709 };
  it('puts the nearest first, whatever the age of its information, and listings without a point last', () => {
    const { results } = selectResults(index, DEFAULT_STATE, NOW, origin);
    const metres = results.map(({ distanceMetres }) => distanceMetres);
    expect(results.map(({ record }) => record.id)).toEqual(['fixture-family-shelter', 'fixture-legal-clinic', 'fixture-food-pantry', 'fixture-helpline']);
    expect(metres.slice(0, 3)).toEqual([...metres.slice(0, 3)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(metres[3]).toBeNull();
    expect(sortInForce(DEFAULT_STATE, true)).toBe('distance');
    expect(sortInForce({ ...DEFAULT_STATE, query: 'food' }, true)).toBe('relevance');
    expect(sortInForce(DEFAULT_STATE, false)).toBe('relevance');
  });
});
