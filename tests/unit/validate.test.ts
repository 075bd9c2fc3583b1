import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { fixtureInputs } from '../fixtures/records';

const [legal, food, , helpline] = fixtureInputs;
if (!legal || !food || !helpline) throw new Error('fixtures missing');

function problemsOf(content: unknown, file = 'data/records/test.json') {
  return validateDataset([{ file, content }]).problems;
}

describe('validateDataset', () => {
  it('accepts the fixture records and keeps them in order', () => {
    const { records, problems } = validateDataset([{ file: 'a.json', content: fixtureInputs }]);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.id)).toEqual(fixtureInputs.map((input) => input.id));
  });

  it('names the file, record id and field of a missing name', () => {
    const nameless = Object.fromEntries(Object.entries(legal).filter(([key]) => key !== 'name'));
    expect(problemsOf([nameless])).toEqual([
      expect.objectContaining({ file: 'data/records/test.json', recordId: '"fixture-legal-clinic"', field: 'name' }),
    ]);
  });

  it('rejects a point outside the Chicago area', () => {
    const location = legal.location && {
      ...legal.location,
      point: { latitude: 39.52, longitude: -99.11, source: 'bad geocode' },
    };
    const [problem] = problemsOf([{ ...legal, location }]);
    expect(problem?.field).toBe('location.point.latitude');
    expect(problem?.message).toMatch(/outside the Chicago area/);
  });

  it('rejects a duplicate id, naming the file that used it first', () => {
    const { problems } = validateDataset([
      { file: 'data/records/a.json', content: [legal] },
      { file: 'data/records/b.json', content: [legal] },
    ]);
    expect(problems).toEqual([
      {
        file: 'data/records/b.json',
        recordId: '"fixture-legal-clinic"',
        field: 'id',
        message: 'duplicate id, first used in data/records/a.json',
      },
    ]);
  });

  it('rejects an unknown category and a service outside the listed categories', () => {
    const problems = problemsOf([
      { ...food, categories: ['food', 'magic'] },
      { ...legal, id: 'fixture-legal-two', services: ['asylum', 'food-pantry'] },
    ]);
    expect(problems.map((problem) => [problem.recordId, problem.field])).toEqual([
      ['"fixture-food-pantry"', 'categories.1'],
      ['"fixture-legal-two"', 'services.1'],
    ]);
  });

  it('reports every problem at once, and a record without an id by its position', () => {
    const problems = problemsOf([{ name: 'No id' }, { ...helpline, phones: [{ number: '312-555-0101' }] }]);
    expect(problems.some((problem) => problem.recordId === '#1 (no id)' && problem.field === 'id')).toBe(true);
    expect(problems.some((problem) => problem.recordId === '"fixture-helpline"' && problem.field === 'phones.0.number')).toBe(true);
  });

  it('refuses an address for a domestic-violence shelter', () => {
    const [problem] = problemsOf([{ ...legal, categories: ['shelter'], services: ['domestic-violence'] }]);
    expect(problem?.message).toMatch(/hotline only/);
  });

  it('requires a source for every record', () => {
    const [problem] = problemsOf([{ ...food, sources: [] }]);
    expect(problem?.field).toBe('sources');
  });

  it('says when a file is not an array', () => {
    expect(problemsOf({ records: [] })[0]?.message).toBe('expected a JSON array of records');
  });

  it('formats a problem as one readable line', () => {
    expect(formatProblem({ file: 'data/records/a.json', recordId: '"x"', field: 'name', message: 'must not be empty' })).toBe(
      'data/records/a.json: record "x": name: must not be empty',
    );
  });
});
