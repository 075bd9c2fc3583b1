import { DAYS } from '../data/vocabulary';
import { dateTimeFormat } from './intlFormats';

// 2024-01-01 was a Monday: a fixed week gives stable weekday names from Intl.
const MONDAY_UTC = Date.UTC(2024, 0, 1);

/** A weekday's name in the locale: "Mon" or, long, "Monday". */
export function dayName(day: (typeof DAYS)[number], locale: string, width: 'short' | 'long' = 'short'): string {
  const date = new Date(MONDAY_UTC + DAYS.indexOf(day) * 86_400_000);
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date);
}
