import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/import/csv';
import { importDfss } from '../../scripts/import/dfss';
import { importCitySites } from '../../scripts/import/citySites';
import { geocodeFromCity } from '../../scripts/import/geocode';
import { importHealthCenters } from '../../scripts/import/healthCenters';
import { mergeWithExisting } from '../../scripts/import/merge';
import { readBoundaries } from '../../scripts/import/places';
import { addressKey, stableId, tidyCapitals, toE164 } from '../../scripts/import/text';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/data/validate';

const boundaries = readBoundaries();
const dfssRows = parseCsv(readFileSync('tests/fixtures/import/dfss.csv', 'utf8'));

describe('the DFSS delegate-agency import', () => {
  const { records, skipped } = importDfss(dfssRows, boundaries);

  it('makes one record per agency and site, with every kept programme', () => {
    const pantry = records.find((record) => record.name === 'Fixture Pantry');
    expect(pantry?.id).toBe('dfss-fixture-food-network-1000-n-orleans-st');
    expect(pantry?.categories).toEqual(['food', 'community']);
    expect(pantry?.services).toEqual(['food-pantry', 'tax-preparation']);
    expect(pantry?.phones?.map((phone) => phone.number)).toEqual(['+13125550100', '+13125550101']);
    expect(pantry?.location?.communityArea).toBe('Near North Side');
    expect(pantry?.location?.street).toBe('1000 N Orleans St');
  });

  it('leaves out classroom programmes without a word, and skips bad rows with a reason', () => {
    expect(records.map((record) => record.name).sort()).toEqual(['Fixture Interim Housing', 'Fixture Pantry']);
    expect(skipped.map((row) => row.reason)).toEqual([
      'address withheld or missing (domestic-violence shelters are listed by hotline only)',
      'outside Chicago (River Forest)',
      'point 41.6881707,-87.6276307 is not inside ZIP 60610',
    ]);
  });

  it('keeps the extension and the second address line', () => {
    const interim = records.find((record) => record.name === 'Fixture Interim Housing');
    expect(interim?.phones).toEqual([{ number: '+17735550105', kind: 'voice', extension: '12' }]);
    expect(interim?.location?.line2).toBe('Rear');
  });

  it('produces only valid records, the same ones every time', () => {
    expect(validateDataset([{ file: 'fixture', content: records }]).problems).toEqual([]);
    expect(importDfss(dfssRows, boundaries)).toEqual({ records, skipped });
  });
});

describe('merging an import with hand-curated records', () => {
  const { records } = importDfss(dfssRows, boundaries);
  const pantry = records.find((record) => record.name === 'Fixture Pantry');
  if (!pantry) throw new Error('fixture pantry missing');
  const curated = {
    ...pantry,
    name: 'Fixture Pantry (corrected name)',
    languages: ['es'],
    curatedFields: ['name'],
    sources: [...pantry.sources, { name: 'Fixture page', url: 'https://example.org/page', date: '2025-01', kind: 'organization-page', fields: ['name', 'languages'] }],
    verified: { date: '2025-01', method: 'Fixture page' },
  };

  it('keeps curated fields and added facts, and refreshes the rest', () => {
    const fresh = { ...pantry, phones: [{ number: '+13125550199', kind: 'voice' as const }] };
    const { records: merged, dropped } = mergeWithExisting([fresh], [curated, { id: 'gone', broken: true }]);
    const [record] = merged;
    expect(record?.name).toBe('Fixture Pantry (corrected name)');
    expect(record?.languages).toEqual(['es']);
    expect(record?.phones).toEqual([{ number: '+13125550199', kind: 'voice' }]);
    expect(record?.sources.map((source) => source.name)).toEqual([pantry.sources[0]?.name, 'Fixture page']);
    expect(record?.verified.date).toBe('2025-01');
    expect(dropped).toEqual([]);
  });

  it('reports records the source no longer has', () => {
    expect(mergeWithExisting([], [curated]).dropped).toEqual([pantry.id]);
  });
});

describe('the City point-dataset import', () => {
  const features = [
    {
      properties: { name_: 'Fixture Branch', address: '1000 N. Orleans St.', zip: '60610', phone: '(312) 555-0110', hours_of_operation: 'Mon. 9-5' },
      geometry: { type: 'Point', coordinates: [-87.6374712, 41.9005409] },
    },
    { properties: { name_: 'No Place', address: '1 N. Nowhere', zip: '60610' }, geometry: null },
    { properties: { name_: 'Far Away', address: '1 Broadway', zip: '10004' }, geometry: { type: 'Point', coordinates: [-74.01, 40.7] } },
  ];

  it('names, places and dates each site, and skips the unplaceable', () => {
    const { records, skipped } = importCitySites('libraries', features, boundaries);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'cpl-fixture-branch-library',
      name: 'Fixture Branch Library',
      hours: { text: 'Mon. 9-5' },
      phones: [{ number: '+13125550110', kind: 'voice' }],
      location: { communityArea: 'Near North Side', zip: '60610' },
    });
    expect(skipped.map((row) => row.reason)).toEqual(['no coordinates', 'coordinates 40.7,-74.01 outside the Chicago area']);
  });
});

describe('import text helpers', () => {
  it('writes US phone numbers in E.164 and refuses what cannot be one', () => {
    expect(toE164('(773) 539-5450')).toBe('+17735395450');
    expect(toE164('1-855-435-7693')).toBe('+18554357693');
    expect(toE164('312-743-743-0596')).toBeUndefined();
    expect(toE164('')).toBeUndefined();
  });

  it('tidies capitals and matches addresses written differently', () => {
    expect(tidyCapitals('5900 W IOWA ST')).toBe('5900 W Iowa St');
    expect(tidyCapitals('3401 W. Foster Ave.')).toBe('3401 W. Foster Ave.');
    expect(addressKey('1347 W. Erie St., Suite 2')).toBe(addressKey('1347 W ERIE ST'));
    expect(stableId('dfss', 'Sarah’s Circle', '4838 N Sheridan Rd')).toBe('dfss-sarah-s-circle-4838-n-sheridan-rd');
  });
});

describe('map points for hand-curated records from City rows at the same address', () => {
  const curated = {
    id: 'fixture-curated',
    name: 'Fixture Curated',
    organization: { name: 'Fixture Curated' },
    categories: ['legal'],
    phones: [{ number: '+13125550120' }],
    location: { street: '1000 N. Orleans Street', city: 'Chicago', state: 'IL', zip: '60610' },
    sources: [{ name: 'Fixture', url: 'https://example.org/fixture', date: '2025', kind: 'organization-page', fields: ['name'] }],
    verified: { date: '2025', method: 'Fixture' },
  };

  it('takes the City geocode of the same street address and computes the community area', () => {
    const { updated, log } = geocodeFromCity([curated], dfssRows, boundaries);
    expect(updated[0]).toMatchObject({
      location: { communityArea: 'Near North Side', point: { latitude: 41.9005409, longitude: -87.6374712 } },
    });
    expect(log).toEqual(['fixture-curated: point from the row of Fixture Food Network at 1000 N ORLEANS ST']);
  });

  it('leaves a record without a point when no City row matches street and ZIP', () => {
    const elsewhere = { ...curated, location: { ...curated.location, zip: '60628' } };
    const { updated, log } = geocodeFromCity([elsewhere], dfssRows, boundaries);
    expect(updated[0]).toBe(elsewhere);
    expect(log[0]).toMatch(/left without a point/);
  });
});

describe('the health-center import', () => {
  const csv = [
    'Facility,Community Area (#),Phone,"FQHC, Look-alike, or Neither; Special Notes",Address,Boundaries - ZIP Codes,Community Areas,Zip Codes,Census Tracts,Wards,:@computed_region_awaf_s7ux,,Address,Zip,LAT,LON,Type',
    'Fixture Clinic - Orleans,NEAR NORTH SIDE (8),(312) 555-0130,FQHC,"x",1,1,1,1,1,1,,1000 N. Orleans,60610,41.9005409,-87.6374712,FQHC; free clinic',
    'Fixture Bad Point,X,(312) 555-0131,FQHC,"x",1,1,1,1,1,1,,1029 E.130th Street,60628,39.52,-99.11,FQHC',
  ].join('\n');

  it('reads the second Address column, keeps the note as a description, and skips a far-away point', () => {
    const { records, skipped } = importHealthCenters(parseCsv(csv), boundaries);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'health-center-fixture-clinic-orleans',
      organization: { name: 'Fixture Clinic' },
      description: 'Listed by the Chicago Department of Public Health as: FQHC; free clinic.',
      location: { street: '1000 N. Orleans', zip: '60610' },
    });
    expect(skipped[0]?.reason).toMatch(/outside the Chicago area/);
  });
});
