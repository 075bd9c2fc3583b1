import { describe, expect, it } from 'vitest';
import { parseHoursText } from '../../scripts/import/hoursText';

describe('structuring the hours the City datasets write in words', () => {
  it('reads the libraries’ shorthand', () => {
    expect(parseHoursText('Mon. & Wed., 10-6; Tues. & Thurs., Noon-8; Fri. & Sat., 9-5; Sun., 1-5')).toEqual([
      { days: ['mo', 'we'], opens: '10:00', closes: '18:00' },
      { days: ['tu', 'th'], opens: '12:00', closes: '20:00' },
      { days: ['fr', 'sa'], opens: '09:00', closes: '17:00' },
      { days: ['su'], opens: '13:00', closes: '17:00' },
    ]);
    expect(parseHoursText('Mon. - Thurs., 9-8; Fri. & Sat., 9-5; Sun., Closed')).toEqual([
      { days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '20:00' },
      { days: ['fr', 'sa'], opens: '09:00', closes: '17:00' },
    ]);
  });

  it('reads the centers’ and clinics’ formats', () => {
    expect(parseHoursText('M-F 9am-5pm')).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
    expect(parseHoursText('Mon - Fri 8:30 a.m. to 4:30 p.m. Sat - Sun 9:00 a.m. to 4:00 p.m')).toEqual([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' },
      { days: ['sa', 'su'], opens: '09:00', closes: '16:00' },
    ]);
    expect(parseHoursText('Mon, Tues, Thurs & Fri: 8:00 a.m. - 4:30 p.m.; Wed: 10:30 a.m. - 7:00 p.m.')).toEqual([
      { days: ['mo', 'tu', 'th', 'fr'], opens: '08:00', closes: '16:30' },
      { days: ['we'], opens: '10:30', closes: '19:00' },
    ]);
    expect(parseHoursText('24/7')).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }]);
    for (const text of ['24/7/365', '24 hours a day, 7 days a week, 365 days a year', '24-hour', '24 hours', 'Open 24/7']) {
      expect(parseHoursText(text), text).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }]);
    }
    // A line open all day only for part of its service is left as text.
    expect(parseHoursText('Automated line 24 hours; representatives 8:00am-5:30pm Mon-Fri')).toBeUndefined();
  });

  it('gives up rather than guess when any part does not fit', () => {
    expect(parseHoursText('Closed for building improvements')).toBeUndefined();
    expect(parseHoursText('Mondays-Thursdays, starting at 9:00 AM')).toBeUndefined();
    expect(parseHoursText('Third Wednesday of each month during the school year; opens 4:30 p.m.')).toBeUndefined();
    expect(parseHoursText('Mon - Fri 9-5 except holidays')).toBeUndefined();
  });
});
