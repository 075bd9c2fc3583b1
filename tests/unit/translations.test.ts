import { describe, expect, it } from 'vitest';
import { englishTextHash } from '../../src/data/englishTextHash';
import { formatProblem } from '../../src/data/validate';
import { validateTranslations } from '../../src/data/validateTranslations';
import { fixtureRecords } from '../fixtures/records';

const clinic = fixtureRecords[0];
if (!clinic) throw new Error('fixtures missing');

function fileWith(records: Record<string, unknown>, locale = 'es') {
  return { file: 'data/translations/es.json', content: { locale, method: 'test', date: '2026-11', records } };
}

function problems(records: Record<string, unknown>, locale?: string): string[] {
  return validateTranslations(fileWith(records, locale), fixtureRecords).map(formatProblem);
}

const current = { name: 'Clínica legal de inmigración', description: 'Traducción.', of: englishTextHash(clinic) };

describe('record translations', () => {
  it('accepts a translation of the English the record has now', () => {
    expect(problems({ [clinic.id]: { ...current, description: clinic.description ? 'Traducción.' : undefined } })).toEqual([]);
  });

  it('names the file, record and field of every problem', () => {
    expect(problems({ 'no-such-record': current })).toEqual(['data/translations/es.json: record "no-such-record": id: no record has this id']);
    expect(problems({ [clinic.id]: { ...current, name: '' } })).toEqual([
      `data/translations/es.json: record "${clinic.id}": name: must not be empty`,
    ]);
    expect(problems({ [clinic.id]: current }, 'pl')).toContain('data/translations/es.json: record -: locale: "pl" does not match the file name');
  });

  it('finds a translation made from older English', () => {
    expect(problems({ [clinic.id]: { ...current, of: '00000000' } })).toEqual([
      `data/translations/es.json: record "${clinic.id}": of: the record's English name or description has changed since this translation: translate it again`,
    ]);
  });

  it('finds a number that the translation changed, dropped or added', () => {
    const changed = problems({ [clinic.id]: { ...current, name: 'Clínica legal 24/7' } });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/numbers differ from the English: "24 7" instead of ""/);
  });
});
