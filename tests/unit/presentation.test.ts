import { describe, expect, it } from 'vitest';
import { ageGrade } from '../../src/data/freshness';
import { ageLine } from '../../src/service/ageLine';
import { formatPartialDate } from '../../src/i18n/formatDate';
import { formatOpening, timeOfDay } from '../../src/service/formatHours';
import { addressLines, directionsLinks, formatPhone, MAP_APPS, phoneHref } from '../../src/service/links';
import { fixtureRecords } from '../fixtures/records';

const [legal, food] = fixtureRecords;
const legalLocation = legal?.location;
if (!legal || !legalLocation || !food) throw new Error('fixtures missing');

describe('phone links', () => {
  it('dials US numbers with +1, service numbers as they are, and texts by sms', () => {
    expect(phoneHref({ number: '+13126601370', kind: 'voice' })).toBe('tel:+13126601370');
    expect(phoneHref({ number: '211', kind: 'voice' })).toBe('tel:211');
    expect(phoneHref({ number: '898211', kind: 'text' })).toBe('sms:898211');
    expect(phoneHref({ number: '+13127445000', kind: 'voice', extension: '12' })).toBe('tel:+13127445000,12');
  });

  it('shows numbers the way they are written locally', () => {
    expect(formatPhone('+13126601370')).toBe('312-660-1370');
    expect(formatPhone('+18554357693')).toBe('1-855-435-7693');
    expect(formatPhone('898211')).toBe('898-211');
    expect(formatPhone('988')).toBe('988');
  });
});

describe('addresses and directions', () => {
  it('formats an address on two lines', () => {
    expect(addressLines(legalLocation)).toEqual(['1800 S. Example Ave', 'Chicago, IL 60608']);
  });

  it('sends only the destination to the map app, walking and by transit', () => {
    const google = directionsLinks(legalLocation, 'google');
    expect(google.map(({ mode }) => mode)).toEqual(['walking', 'transit']);
    for (const { mode, href } of google) {
      const url = new URL(href);
      expect(url.searchParams.get('destination')).toBe('1800 S. Example Ave, Chicago, IL 60608');
      expect(url.searchParams.get('travelmode')).toBe(mode);
      expect([...url.searchParams.keys()].sort()).toEqual(['api', 'destination', 'travelmode']);
    }
    const apple = directionsLinks(legalLocation, 'apple').map(({ href }) => new URL(href));
    expect(apple.map((url) => url.searchParams.get('dirflg'))).toEqual(['w', 'r']);
    expect(apple.every((url) => [...url.searchParams.keys()].sort().join() === 'daddr,dirflg')).toBe(true);
  });

  it('never puts a starting point in any map app link', () => {
    for (const app of MAP_APPS) {
      for (const { href } of directionsLinks(legalLocation, app)) {
        const url = new URL(href);
        expect(url.protocol).toBe('https:');
        expect(url.searchParams.has('origin')).toBe(false);
        expect(url.searchParams.has('saddr')).toBe(false);
        expect(url.searchParams.has('from')).toBe(false);
        expect((url.searchParams.get('route') ?? ';').startsWith(';')).toBe(true);
      }
    }
  });
});

describe('hours', () => {
  it('collapses consecutive days and formats times', () => {
    expect(formatOpening({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' })).toBe(
      'Mon–Fri: 9:00 AM – 5:00 PM',
    );
  });

  it('expresses monthly patterns and round-the-clock hours', () => {
    expect(formatOpening({ days: ['we'], opens: '10:00', closes: '12:30', weeksOfMonth: [2, 4] })).toBe(
      '2nd and 4th Wed of the month: 10:00 AM – 12:30 PM',
    );
    expect(formatOpening({ days: ['sa', 'su'], opens: '00:00', closes: '24:00' })).toBe('Sat–Sun: open 24 hours');
    expect(formatOpening({ days: ['fr'], opens: '09:00', closes: '17:00', weeksOfMonth: [1, 3, -1] })).toBe(
      '1st, 3rd, and last Fri of the month: 9:00 AM – 5:00 PM',
    );
  });

  it('says midnight for a closing time of 24:00, as a 24-hour clock writes it where one is used', () => {
    expect(timeOfDay('24:00', 'en-US')).toBe('12:00 AM (midnight)');
    expect(timeOfDay('24:00', 'pl-PL')).toBe('24:00 (midnight)');
    expect(timeOfDay('00:30', 'pl-PL')).toBe('0:30');
  });
});

describe('dates and freshness', () => {
  it('formats a date only as precisely as it is known', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2020-03')).toBe('March 2020');
    expect(formatPartialDate('2024-08-07')).toBe('August 7, 2024');
  });

  it('grades a listing by the age of its newest source: a year, five years, or undated', () => {
    const now = new Date('2025-11-25T12:00:00Z');
    expect(ageGrade(legal, now)).toBe('recent');
    expect(ageGrade({ ...food, verified: { date: '2024-11', method: 'x' } }, now)).toBe('recent');
    expect(ageGrade({ ...food, verified: { date: '2024-10', method: 'x' } }, now)).toBe('aging');
    expect(ageGrade({ ...food, verified: { date: '2020-11', method: 'x' } }, now)).toBe('aging');
    expect(ageGrade({ ...food, verified: { date: '2020-10', method: 'x' } }, now)).toBe('old');
    expect(ageGrade(food, now)).toBe('old');
    expect(ageGrade({ ...food, verified: { date: 'undated', method: 'x' } }, now)).toBe('undated');
  });

  it('says plainly how old a listing is and what to do about it', () => {
    const now = new Date('2025-11-25T12:00:00Z');
    const cityList = { name: 'City list', url: 'https://data.cityofchicago.org/d/x', kind: 'city-list' as const, fields: ['name' as const] };
    const oldRecord = { ...food, sources: [{ ...cityList, date: '2015-10-07' }], verified: { date: '2015-10-07', method: 'x' } };
    expect(ageLine(oldRecord, now)).toEqual({ grade: 'old', text: 'City list, Oct 7, 2015', warning: 'May have closed: call first.' });
    const page = { ...cityList, kind: 'organization-page' as const, date: 'undated' };
    const undated = { ...food, sources: [page], verified: { date: 'undated', method: 'x' } };
    expect(ageLine(undated, now)).toEqual({ grade: 'undated', text: "Organization's page, undated", warning: 'The source shows no date: call to confirm.' });
    // The newest dated source dates the listing, not an undated page beside it.
    const both = { ...oldRecord, sources: [page, { ...cityList, date: '2023-05' }], verified: { date: '2023-05', method: 'x' } };
    expect(ageLine(both, now).text).toBe('City list, May 2023');
    expect(ageLine(legal, now).warning).toBeUndefined();
  });
});
