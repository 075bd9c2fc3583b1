import { describe, expect, it } from 'vitest';
import { serviceRecordSchema, type ServiceRecord } from '../../src/data/schema';
import { DEFAULT_STATE } from '../../src/filters/searchState';
import { selectResults } from '../../src/filters/selectResults';
import { createSearchIndex, loadEverydayWords } from '../../src/search/searchIndex';
import { fixtureInputs, fixtureRecords } from '../fixtures/records';
import { shippedRecords } from '../relevance/shippedData';

await loadEverydayWords();
const index = createSearchIndex(fixtureRecords);
const idsFor = (query: string) => Array.from(index.search(query), (doc) => index.records[doc]?.id);
const NOW = new Date('2025-11-25T15:30:00Z');

const [legalInput] = fixtureInputs;
if (!legalInput) throw new Error('The fixtures have no legal clinic.');

/** A copy of the fixture legal clinic, moved, renamed or made a court. */
function legalRecord(id: string, latitude: number, patch: Partial<typeof legalInput> = {}): ServiceRecord {
  const location = legalInput?.location && { ...legalInput.location, point: { latitude, longitude: -87.665, source: 'Test fixture' } };
  return serviceRecordSchema.parse({ ...legalInput, id, location, ...patch });
}

describe('everyday queries', () => {
  it('drops filler words: a sentence finds what its meaningful word finds', () => {
    expect(idsFor('asilo').length).toBeGreaterThan(0);
    expect(idsFor('necesito ayuda con mi asilo')).toEqual(idsFor('asilo'));
    expect(idsFor('I need help with asylum')).toEqual(idsFor('asylum'));
  });

  it('lists everything, never an error, for filler only, punctuation, a pasted essay or an unknown script', () => {
    for (const query of ['necesito ayuda', 'I need help please', '?!… ¡¿', 'asylum '.repeat(80), 'ᎠᏂᏴᏫ ᏗᏕᎶᏆᏍᏗ']) {
      expect(() => idsFor(query)).not.toThrow();
    }
    expect(idsFor('necesito ayuda')).toHaveLength(fixtureRecords.length);
    expect(idsFor('?!… ¡¿')).toHaveLength(fixtureRecords.length);
    expect(idsFor('asylum '.repeat(80))[0]).toBe('fixture-legal-clinic');
  });

  it('reads other forms of a word: inflection, the Arabic article, words run together, trailing punctuation', () => {
    expect(idsFor('prawnikiem')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('юриста')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('المحامي')[0]).toBe('fixture-legal-clinic');
    expect(idsFor('foodpantry')[0]).toBe('fixture-food-pantry');
    expect(idsFor('¿comida?')[0]).toBe('fixture-food-pantry');
  });

  it('does not care about word order', () => {
    expect(idsFor('asylum lawyer')).toEqual(idsFor('lawyer asylum'));
    expect(idsFor('Kitchen Community Fixture')[0]).toBe('fixture-food-pantry');
  });

  it('matches the beginning of the word being typed only, not of a finished word', () => {
    expect(idsFor('Fixt')).toContain('fixture-food-pantry');
    expect(idsFor('Fixt ')).toEqual([]);
  });
});

describe('courts and government offices', () => {
  const court = legalRecord('test-immigration-court', 41.86, {
    name: 'Test Immigration Court',
    organization: { name: 'Test court (EOIR)' },
    description: 'Hearings before immigration judges.',
    services: ['immigration-court'],
    venue: 'court',
  });
  const clinic = legalRecord('test-clinic', 41.9, { name: 'Test Legal Clinic', organization: { name: 'Test Legal Aid' } });
  const courtIndex = createSearchIndex([court, clinic]);
  const found = (query: string) => Array.from(courtIndex.search(query), (doc) => courtIndex.records[doc]?.id);

  it('answers "lawyer" with help, not with a court', () => {
    for (const query of ['lawyer', 'abogado', 'prawnik', 'محامي']) expect(found(query)).toEqual(['test-clinic']);
  });

  it('answers "court" and "hearing" with the court', () => {
    for (const query of ['court', 'hearing', 'audiencia', 'immigration court']) expect(found(query)[0]).toBe('test-immigration-court');
  });

  it('puts the court first on the shipped data, above the newer listings of those who help in it', () => {
    const shipped = createSearchIndex(shippedRecords);
    for (const query of ['immigration court', 'sąd imigracyjny', 'corte de inmigración', 'محكمة الهجرة', 'tengo audiencia']) {
      const ids = selectResults(shipped, { ...DEFAULT_STATE, query }, new Date('2026-12-03T12:00:00Z')).results.map(({ record }) => record.id);
      expect(ids[0], query).toMatch(/^chicago-immigration-court/);
      expect(ids, query).toContain('childrens-legal-center-chicago');
    }
  });
});

describe('pay withheld', () => {
  const workersRights = legalRecord('test-workers-center', 41.9, {
    name: 'Test Workers Center',
    organization: { name: 'Test Workers' },
    categories: ['work'],
    services: ['workers-rights'],
    description: 'Help for workers.',
  });
  const jobs = legalRecord('test-job-center', 41.9, {
    name: 'Test Job Center',
    organization: { name: 'Test Jobs' },
    categories: ['work'],
    services: ['job-training'],
    description: 'Job search and training.',
  });
  const workIndex = createSearchIndex([jobs, workersRights]);

  it('asks first for workers\' rights help when the boss did not pay', () => {
    for (const query of ['my boss did not pay me', 'mi patrón no me pagó', 'szef nie zapłacił mi']) {
      expect(Array.from(workIndex.search(query), (doc) => workIndex.records[doc]?.id)[0], query).toBe('test-workers-center');
    }
  });
});

describe('with a place and words', () => {
  const origin = { latitude: 41.85, longitude: -87.665 };
  // Each step of 0.01 degrees of latitude is about 1.1 km.
  const records = [
    legalRecord('far-and-very-specific', 41.95, {
      services: ['asylum', 'removal-defense', 'daca', 'citizenship', 'family-petitions', 'tps'],
    }),
    legalRecord('near', 41.86),
    legalRecord('middle', 41.9),
    legalRecord('nearest-but-closed', 41.851, {
      status: 'temporarily-closed',
      temporaryClosure: { reason: 'Repairs to the building' },
      sources: legalInput.sources.map((source) => ({ ...source, fields: [...source.fields, 'status'] })),
    }),
    legalRecord('nearest-no-word-in-a-name', 41.852, {
      name: 'Clinic',
      organization: { name: 'Test' },
      categories: ['community'],
      services: [],
      description: 'Help with taxes.',
    }),
  ];
  const placeIndex = createSearchIndex(records);
  const order = (query: string) =>
    selectResults(placeIndex, { ...DEFAULT_STATE, query }, NOW, origin).results.map(({ record }) => record.id);

  it('lists equally good answers nearest first, open before closed, and partial answers after full ones', () => {
    expect(order('lawyer')).toEqual(['near', 'middle', 'far-and-very-specific', 'nearest-but-closed']);
    expect(order('asylum clinic')).toEqual(['near', 'middle', 'far-and-very-specific', 'nearest-but-closed', 'nearest-no-word-in-a-name']);
  });

  it('ranks by how well each answers when no place is given', () => {
    expect(Array.from(placeIndex.search('lawyer'), (doc) => records[doc]?.id)[0]).toBe('far-and-very-specific');
  });
});
