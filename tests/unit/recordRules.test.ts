import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { fixtureInputs } from '../fixtures/records';

const [legal, food] = fixtureInputs;
if (!legal?.location || !food) throw new Error('fixtures missing');
const location = legal.location;
const [source] = legal.sources;
if (!source) throw new Error('fixture source missing');

/** "field: message" for each problem of one record. */
function problems(record: unknown): string[] {
  return validateDataset([{ file: 'data/records/test.json', content: [record] }]).problems.map(({ field, message }) => `${field}: ${message}`);
}

const LONE_SURROGATE = 'Clinic \uD800 East';

describe('what validation refuses in a record', () => {
  it.each([
    ['name', { ...legal, name: LONE_SURROGATE }],
    ['location.street', { ...legal, location: { ...location, street: LONE_SURROGATE } }],
    ['location.city', { ...legal, location: { ...location, city: LONE_SURROGATE } }],
    ['hours.text', { ...legal, hours: { text: LONE_SURROGATE } }],
  ])('a lone UTF-16 surrogate in %s, which would take the page down', (field, record) => {
    expect(problems(record)).toEqual([`${field}: has a broken character (a lone UTF-16 surrogate)`]);
  });

  it('text past its limit, and a run of letters that would widen the page', () => {
    expect(problems({ ...legal, name: 'Clinic '.repeat(60) })).toEqual(['name: must be at most 300 characters']);
    expect(problems({ ...legal, description: `See ${'x'.repeat(61)}` })).toEqual(['description: has a run of more than 60 characters without a space']);
    // Chinese has no spaces and breaks anywhere: it is not a run.
    expect(problems({ ...legal, description: '免费移民法律咨询'.repeat(10) })).toEqual([]);
  });

  it('a field the schema does not know, such as a typo', () => {
    expect(problems({ ...legal, adress: '1 N State St' })).toEqual([expect.stringMatching(/^\(record\): .*adress/)]);
    expect(problems({ ...legal, location: { ...location, zipcode: '60608' } })).toEqual([expect.stringMatching(/^location: .*zipcode/)]);
  });

  it('a source without a web address, dated in the future or before 1990, or named undated yet dated', () => {
    const withSource = (changed: Record<string, unknown>) => ({ ...legal, sources: [{ ...source, ...changed }], verified: { ...legal.verified, date: changed.date ?? source.date } });
    const noUrl = Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'url'));
    expect(problems({ ...legal, sources: [noUrl] })).toEqual([expect.stringMatching(/^sources\.0\.url: /)]);
    expect(problems(withSource({ date: '2030-01-01' }))).toEqual(['sources.0.date: is in the future', 'verified.date: is in the future']);
    expect(problems(withSource({ date: '1989' }))).toEqual(['sources.0.date: expected a date from 1990 on', 'verified.date: expected a date from 1990 on']);
    expect(problems(withSource({ name: 'Clinic page (page undated)' }))).toEqual(['sources.0.date: the name says the source is undated, yet it carries a date']);
    expect(problems(withSource({ name: 'Clinic page (page undated)', date: 'undated' }))).toEqual([]);
  });

  it('a check date that is not the newest source date', () => {
    expect(problems({ ...legal, verified: { ...legal.verified, date: '2026-01' } })).toEqual([`verified.date: expected the newest source's date, ${source.date}`]);
    expect(problems({ ...legal, verified: { ...legal.verified, date: '2020' } })).toEqual([`verified.date: expected the newest source's date, ${source.date}`]);
    const undated = { ...legal, sources: [{ ...source, date: 'undated' }] };
    expect(problems(undated)).toEqual(['verified.date: no source is dated, so the check date must be "undated"']);
    expect(problems({ ...undated, verified: { ...legal.verified, date: 'undated' } })).toEqual([]);
  });

  it('two addresses: an older one that still vouches for the location, or is newer than the one used', () => {
    const current = { ...source, date: '2026-09-19', fields: ['location'] };
    const older = { ...source, name: 'City list, 2015; gives an older address: 17 N. State', date: '2015-10-07', fields: ['name'] };
    const record = (...sources: unknown[]) => ({ ...legal, sources, verified: { ...legal.verified, date: '2026-09-19' } });
    expect(problems(record(current, older))).toEqual([]);
    expect(problems(record(current, { ...older, fields: ['name', 'location'] }))).toEqual(['sources.1.fields: a source that gives an older address cannot support the location']);
    expect(problems(record({ ...current, date: '2014' }, { ...older, date: '2026-09-19' }))).toEqual([
      "sources.1.date: the older address is dated after the location's newest source (2014)",
    ]);
  });

  it('a defunct listing without a source for its closing, and a closing date on an open one', () => {
    expect(problems({ ...legal, status: 'defunct' })).toEqual(['status: a defunct listing needs a source whose fields include "status"']);
    expect(problems({ ...legal, closedOn: '2020' })).toEqual(['closedOn: only a closed (defunct or inactive) listing has a closing date']);
    const closingSource = { ...source, fields: ['status'] };
    expect(problems({ ...legal, status: 'defunct', closedOn: '2020', sources: [source, closingSource] })).toEqual([]);
  });
});
