import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageReport, isCountable, reportDate, REPORT_END, REPORT_START } from '../../scripts/dataCoverage';
import { readBoundaries } from '../../scripts/import/places';
import { parseHoursText } from '../../scripts/import/hoursText';
import { addressKey } from '../../scripts/import/text';
import { readDataFiles } from '../../scripts/readDataFiles';
import { readLeads } from '../../scripts/readLeads';
import type { Category } from '../../src/data/categories';
import type { ServiceRecord } from '../../src/data/schema';
import { isInChicagoArea } from '../../src/data/chicagoArea';
import { validateDataset } from '../../src/data/validate';
import { communityAreaAt, isInZip } from '../../src/geo/boundaries';

const { records } = validateDataset(readDataFiles(process.cwd()).files);
const boundaries = readBoundaries();
const located = records.filter((record) => record.location?.point);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

function normalizedOrganization(record: ServiceRecord): string {
  return record.organization.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\b(inc|the|of|chicago)\b/g, '').trim();
}

describe('data quality', () => {
  // One organization may list different services at one address (a health center and its WIC clinic),
  // or desks in different rooms of one building; the same service in the same place twice is a duplicate.
  it('has no organization listing the same service twice at one address', () => {
    const seen = new Map<string, ServiceRecord[]>();
    const duplicates: string[] = [];
    for (const record of records) {
      if (!record.location) continue;
      const { street, line2 } = record.location;
      const key = `${normalizedOrganization(record)}|${addressKey(street).split(' ').slice(0, 3).join(' ')}|${line2 ?? ''}`;
      const others = seen.get(key) ?? [];
      for (const other of others) {
        const shared = record.services.some((service) => other.services.includes(service));
        if (shared || (record.services.length === 0 && other.services.length === 0)) duplicates.push(`${other.id} and ${record.id}`);
      }
      seen.set(key, [...others, record]);
    }
    expect(duplicates).toEqual([]);
  });

  it('writes phones in E.164 (or as 3-digit service numbers and text codes) and links only to http(s)', () => {
    for (const record of records) {
      for (const phone of record.phones) expect(phone.number, record.id).toMatch(/^(\+1\d{10}|\d{3}|\d{5,6})$/);
      for (const url of [record.website, record.organization.website, ...record.sources.map((s) => s.url)]) {
        if (url) expect(new URL(url).protocol, record.id).toMatch(/^https?:$/);
      }
    }
  });

  it('names languages by ISO 639 codes that Intl knows', () => {
    for (const record of records) {
      for (const code of record.languages) expect(languageNames.of(code), `${record.id}: ${code}`).toBeDefined();
    }
  });

  it('dates every source as it shows itself, or says it is undated; none in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const record of records) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        if (source.date === 'undated') continue;
        expect(source.date <= today, `${record.id}: ${source.date}`).toBe(true);
        expect(/\bundated\b|\bpage year\b|research rules/i.test(source.name), `${record.id}: ${source.name}`).toBe(false);
      }
    }
  });

  it(`puts every one of the ${located.length} points in Chicago and inside the ZIP its record states`, () => {
    const outside = located.filter((record) => {
      const { location } = record;
      const point = location?.point;
      if (!location || !point) return false;
      if (!isInChicagoArea(point.latitude, point.longitude)) return true;
      return location.zip !== undefined && !isInZip(boundaries.zipAreas, location.zip, point.latitude, point.longitude);
    });
    expect(outside.map((record) => record.id)).toEqual([]);
  });

  it('computes each community area from the boundaries', () => {
    const wrong = located.filter(({ location }) => {
      const point = location?.point;
      return point && location.communityArea !== communityAreaAt(boundaries.communityAreas, point.latitude, point.longitude);
    });
    expect(wrong.map((record) => record.id)).toEqual([]);
  });

  it('structures hours that are round the clock in words ("24/7", "24-hour"), so "open now" counts them', () => {
    const unstructured = records.filter((record) => record.hours?.text && parseHoursText(record.hours.text) && !record.hours.weekly);
    expect(unstructured.map((record) => record.id)).toEqual([]);
  });

  it('never gives a domestic-violence shelter an address', () => {
    const exposed = records.filter((r) => r.location && r.categories.includes('shelter') && r.services.includes('domestic-violence'));
    expect(exposed).toEqual([]);
  });
});

describe('coverage targets', () => {
  const counted = records.filter(isCountable);
  const count = (category: Category) => counted.filter((record) => record.categories.includes(category)).length;
  const targets: [Category, number][] = [
    ['legal', 60],
    ['shelter', 60],
    ['food', 80],
    ['health', 80],
    ['community', 30],
    ['education', 80],
    ['work', 20],
  ];

  it.each(targets)('has at least the target number of %s records (%i)', (category, target) => {
    expect(count(category)).toBeGreaterThanOrEqual(target);
  });

  it('has at least 8 phone-only hotlines', () => {
    expect(counted.filter((record) => record.categories.includes('hotline') && !record.location).length).toBeGreaterThanOrEqual(8);
  });
});

/** Files of listings added since sources had to show a date of 2022 or later: an older source alone makes a lead. */
const DATED_LISTING_FILES = [
  'data/records/immigration-legal.json',
  'data/records/immigrant-organizations.json',
  'data/records/domestic-violence.json',
  'data/records/health.json',
  'data/records/adult-education.json',
  'data/records/consulates.json',
];

describe('listings added from 2022-or-later sources', () => {
  const files = readDataFiles(process.cwd()).files.filter(({ file }) => DATED_LISTING_FILES.includes(file));

  it.each(DATED_LISTING_FILES)('%s exists', (file) => {
    expect(files.map((found) => found.file)).toContain(file);
  });

  it('each has at least one source that shows a date of 2022 or later', () => {
    const { records: added } = validateDataset(files);
    const undated = added.filter((record) => !record.sources.some((source) => source.date !== 'undated' && source.date >= '2022'));
    expect(added.length).toBeGreaterThan(0);
    expect(undated.map((record) => record.id)).toEqual([]);
  });
});

describe('data/README.md', () => {
  it('carries the current coverage report', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const asOf = reportDate(readme);
    expect(asOf, 'no report date in data/README.md: run npm run data:coverage').toBeDefined();
    const section = readme.slice(readme.indexOf(REPORT_START), readme.indexOf(REPORT_END) + REPORT_END.length);
    expect(section, 'out of date: run npm run data:coverage').toBe(coverageReport(records, asOf ?? '', readLeads(process.cwd())));
  });
});
