import type { ServiceRecord } from './schema';

const STALE_AFTER_MONTHS = 12;

/** The last day a partial date can mean, so "2020-03" counts as fresh until March 2021 ends. */
function latestDayOf(date: string): Date {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (month === undefined) return new Date(Date.UTC(year, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

const latestDayCache = new WeakMap<ServiceRecord, number>();

/** The moment before which a record confirmed on its verified date counts as not recently confirmed. */
export function staleBefore(now: Date): number {
  // Whole days: the same cutoff all day long, so work keyed on it can be reused between keystrokes.
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return limit.getTime();
}

export function isNotRecentlyConfirmed(record: ServiceRecord, now: Date | number): boolean {
  let checked = latestDayCache.get(record);
  if (checked === undefined) {
    checked = latestDayOf(record.verified.date).getTime();
    latestDayCache.set(record, checked);
  }
  return checked < (typeof now === 'number' ? now : staleBefore(now));
}
