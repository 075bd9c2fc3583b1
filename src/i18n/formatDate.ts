import { UNDATED } from '../data/vocabulary';
import { activeLocale, messages } from './messages';
import { dateTimeFormat, displayNames } from './intlFormats';

/**
 * Formats YYYY, YYYY-MM or YYYY-MM-DD at the precision it has: "2020", "March 2020", "March 31, 2020"
 * ("Mar 2020" with a short month); "undated" in the reader's language.
 */
export function formatPartialDate(date: string, locale: string = activeLocale.intl, monthStyle: 'long' | 'short' = 'long'): string {
  if (date === UNDATED) return messages.freshness.undatedSource;
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: monthStyle, timeZone: 'UTC' }
      : { year: 'numeric', month: monthStyle, day: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(utc);
}

export function languageName(code: string, locale: string = activeLocale.code): string {
  try {
    return displayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
