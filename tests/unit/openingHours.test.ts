import { describe, expect, it } from 'vitest';
import { chicagoTime, openState } from '../../src/data/openingHours';
import type { Hours } from '../../src/data/schema';

const weekdays: Hours = { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] };

describe('Chicago time', () => {
  it('reads the wall clock in Chicago, not the device’s zone', () => {
    // 2025-07-01 15:30 UTC is 10:30 on a Tuesday in Chicago (CDT, UTC-5).
    expect(chicagoTime(new Date('2025-07-01T15:30:00Z'))).toMatchObject({ day: 'tu', minutes: 630 });
    // 2025-01-07 15:30 UTC is 09:30 (CST, UTC-6).
    expect(chicagoTime(new Date('2025-01-07T15:30:00Z'))).toMatchObject({ day: 'tu', minutes: 570 });
    // Just after midnight UTC on a Saturday is still Friday evening in Chicago.
    expect(chicagoTime(new Date('2025-03-01T01:00:00Z'))).toMatchObject({ day: 'fr', minutes: 19 * 60 });
  });

  it('follows the clocks across the daylight-saving changes', () => {
    // Sunday 2025-03-09: clocks jump from 02:00 CST to 03:00 CDT at 08:00 UTC.
    expect(chicagoTime(new Date('2025-03-09T07:59:00Z')).minutes).toBe(60 + 59);
    expect(chicagoTime(new Date('2025-03-09T08:00:00Z')).minutes).toBe(3 * 60);
    // Sunday 2025-11-02: clocks fall back from 02:00 CDT to 01:00 CST at 07:00 UTC.
    expect(chicagoTime(new Date('2025-11-02T06:59:00Z')).minutes).toBe(60 + 59);
    expect(chicagoTime(new Date('2025-11-02T07:00:00Z')).minutes).toBe(60);
    // Monday after each change, 14:30 UTC is 09:30 in March (CDT) and 08:30 in November (CST).
    expect(openState(weekdays, chicagoTime(new Date('2025-03-10T14:30:00Z'))).kind).toBe('open');
    expect(openState(weekdays, chicagoTime(new Date('2025-11-03T14:30:00Z'))).kind).toBe('closed');
  });
});

describe('open now', () => {
  const at = (iso: string) => chicagoTime(new Date(iso));

  it('is open within the hours and closed outside them, closing at the stated time', () => {
    expect(openState(weekdays, at('2025-07-01T15:30:00Z'))).toEqual({ kind: 'open', closes: '17:00' });
    expect(openState(weekdays, at('2025-07-01T22:00:00Z'))).toEqual({ kind: 'closed' });
    expect(openState(weekdays, at('2025-07-05T15:30:00Z'))).toEqual({ kind: 'closed' });
  });

  it('knows monthly patterns: 2nd and 4th Wednesday, and the last Friday', () => {
    const monthly: Hours = {
      weekly: [
        { days: ['we'], opens: '10:00', closes: '12:00', weeksOfMonth: [2, 4] },
        { days: ['fr'], opens: '10:00', closes: '12:00', weeksOfMonth: [-1] },
      ],
    };
    expect(openState(monthly, at('2025-07-09T16:00:00Z')).kind).toBe('open'); // 2nd Wednesday
    expect(openState(monthly, at('2025-07-16T16:00:00Z')).kind).toBe('closed'); // 3rd Wednesday
    expect(openState(monthly, at('2025-07-25T16:00:00Z')).kind).toBe('open'); // last Friday
    expect(openState(monthly, at('2025-07-18T16:00:00Z')).kind).toBe('closed');
  });

  it('says "unknown" rather than guessing when only words describe the hours', () => {
    expect(openState({ text: 'Call for hours' }, at('2025-07-01T15:30:00Z'))).toEqual({ kind: 'unknown' });
    expect(openState(undefined, at('2025-07-01T15:30:00Z'))).toEqual({ kind: 'unknown' });
  });
});
