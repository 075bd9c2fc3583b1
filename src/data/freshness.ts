import type { ServiceRecord } from './schema';

const STALE_AFTER_MONTHS = 12;

/** The last day a partial date can mean, so "2020-03" counts as fresh until March 2021 ends. */
function latestDayOf(date: string): Date {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (month === undefined) return new Date(Date.UTC(year, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

export function isNotRecentlyConfirmed(record: ServiceRecord, now: Date): boolean {
  const checked = latestDayOf(record.verified.date);
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return checked < limit;
}
