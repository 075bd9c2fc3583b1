import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossRecordProblems, formerIdProblems, placeProblems, referenceProblems } from '../../scripts/dataRules';
import { readBoundaries } from '../../scripts/import/places';
import type { Location, ServiceRecord } from '../../src/data/schema';
import { streetTableSchema } from '../../src/geo/geoSchemas';
import { fixtureRecords } from '../fixtures/records';

const boundaries = readBoundaries();
const streets = streetTableSchema.parse(JSON.parse(readFileSync('data/geo/streets.json', 'utf8')));
const [legal, food] = fixtureRecords;
if (!legal?.location?.point || !food?.location) throw new Error('fixtures missing');

/** The fixture clinic at a real address, placed where the City geocoded it (1000 N Orleans St, Near North Side). */
const orleans: Location = {
  street: '1000 N Orleans St',
  city: 'Chicago',
  state: 'IL',
  zip: '60610',
  communityArea: 'Near North Side',
  point: { latitude: 41.9005409, longitude: -87.6374712, source: 'City geocode' },
};
const atOrleans: ServiceRecord = { ...legal, location: orleans };
const at = (location: Partial<Location>, record: ServiceRecord = atOrleans): ServiceRecord => ({ ...record, location: { ...orleans, ...location } });
const moved = (record: ServiceRecord, latitude: number, longitude: number): ServiceRecord => ({
  ...record,
  location: record.location && { ...record.location, point: { latitude, longitude, source: 'test' } },
});
const messagesOf = (record: ServiceRecord) => placeProblems(record, boundaries, streets).map(({ field, message }) => `${field}: ${message}`);
const located = (...records: ServiceRecord[]) => records.map((record) => ({ file: 'data/records/test.json', record }));

describe('where a listing is', () => {
  it('accepts a City geocode that fits its address, ZIP and community area', () => {
    expect(messagesOf(atOrleans)).toEqual([]);
  });

  it('refuses a point 9 km from its ZIP, naming the ZIP', () => {
    const [problem] = messagesOf(moved(atOrleans, 41.98, -87.66));
    expect(problem).toMatch(/^location\.point: the point 41\.98,-87\.66 is not inside ZIP 60610$/);
  });

  it('refuses a point more than 400 m from where the street grid puts its address', () => {
    // 1.4 km north of 1000 N Orleans, still in ZIP 60610 and the Near North Side.
    const problems = messagesOf(moved(atOrleans, 41.9055, -87.6374));
    expect(problems).toContainEqual(expect.stringMatching(/^location\.point: the point is \d+ m from where the street grid puts "1000 N Orleans St" \(at most 400 m\)$/));
  });

  it('refuses a street direction that does not fit the street', () => {
    const problems = messagesOf(at({ street: '1000 W Halsted St' }));
    expect(problems).toEqual([expect.stringMatching(/^location\.street: "1000 W Halsted St": HALSTED runs north-south/)]);
  });

  it('asks a Chicago address without a point for the reason it has none', () => {
    expect(messagesOf(at({ point: undefined }))).toEqual(['location.point: a Chicago street address needs a point, or noPointReason saying why not']);
    expect(messagesOf(at({ point: undefined, noPointReason: 'Not in the street grid.' }))).toEqual([]);
  });
});

describe('between listings', () => {
  it('refuses two ZIPs, or two points far apart, for one address written two ways', () => {
    const other = at({ street: '1000 N. Orleans Street', zip: '60654' }, { ...atOrleans, id: 'other', name: 'Other service' });
    expect(crossRecordProblems(located(atOrleans, other)).map(({ field }) => field)).toEqual(['location.zip']);
    const far = moved(at({ street: '1000 N. Orleans Street' }, other), 41.9055, -87.6374);
    expect(crossRecordProblems(located(atOrleans, far)).map(({ field, message }) => `${field}: ${message}`)).toEqual([
      expect.stringMatching(/^location\.point: \d+ m from the point of "fixture-legal-clinic" at the same address$/),
    ]);
  });

  it('refuses the same active listing twice, but not a defunct one', () => {
    const twin = { ...atOrleans, id: 'twin' };
    expect(crossRecordProblems(located(atOrleans, twin)).map(({ recordId, field }) => `${recordId} ${field}`)).toEqual(['"twin" name']);
    expect(crossRecordProblems(located(atOrleans, { ...twin, status: 'defunct' }))).toEqual([]);
  });

  it('keeps former ids out of use and owned by one listing', () => {
    const merged = { ...food, formerIds: [legal.id] };
    expect(formerIdProblems(located(legal, merged)).map(({ message }) => message)).toEqual([`"${legal.id}" is still the id of a listing`]);
    const again = { ...legal, id: 'again', formerIds: ['old-id'] };
    expect(formerIdProblems(located({ ...food, formerIds: ['old-id'] }, again)).map(({ message }) => message)).toEqual([`"old-id" is already a former id of "${food.id}"`]);
  });

  it('refuses a closed or merged listing named by the help bar or the print-outs', () => {
    const references = [{ id: legal.id, where: 'src/app/helpLines.ts' }, { id: 'old-id', where: 'src/print/printRecords.ts' }];
    const problems = referenceProblems(located({ ...legal, status: 'defunct' }, { ...food, formerIds: ['old-id'] }), references);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(['src/app/helpLines.ts status', 'src/print/printRecords.ts id']);
  });
});
