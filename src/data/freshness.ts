import type { ServiceRecord, Source } from './schema';
import { UNDATED } from './vocabulary';

/**
 * How old a listing's information is, graded for the reader: under a year is recent; up to five years
 * is aging ("call ahead"); older is old ("may have closed: call first"). A listing whose sources show
 * no date at all is undated: nothing says it is old, nothing says it is current.
 */
export type AgeGrade = 'recent' | 'aging' | 'undated' | 'old';

export const AGE_GRADES: readonly AgeGrade[] = ['recent', 'aging', 'undated', 'old'];

const RECENT_MONTHS = 12;
const AGING_MONTHS = 60;

/** Added to a listing's search score: with equal relevance, newer information ranks above older. */
export const AGE_PENALTY: Readonly<Record<AgeGrade, number>> = { recent: 0, aging: 0.1, undated: 0.12, old: 0.15 };

/** The last day a partial date can mean, so "2020-03" counts as fresh until March 2021 ends. */
function latestDayOf(date: string): number {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (month === undefined) return Date.UTC(year, 11, 31);
  if (day === undefined) return Date.UTC(year, month, 0);
  return Date.UTC(year, month - 1, day);
}

/** The two cutoffs of a day: the same all day long, so work keyed on them can be reused between keystrokes. */
export interface AgeCutoffs {
  recentAfter: number;
  agingAfter: number;
}

export function ageCutoffs(now: Date): AgeCutoffs {
  const monthsBefore = (months: number) => {
    const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    limit.setUTCMonth(limit.getUTCMonth() - months);
    return limit.getTime();
  };
  return { recentAfter: monthsBefore(RECENT_MONTHS), agingAfter: monthsBefore(AGING_MONTHS) };
}

/** The source that dates a listing: its newest dated source, or its first when none is dated. */
export function datingSource(record: ServiceRecord): Source {
  let newest: Source | undefined;
  for (const source of record.sources) {
    if (source.date !== UNDATED && (!newest || source.date > newest.date)) newest = source;
  }
  const chosen = newest ?? record.sources[0];
  if (!chosen) throw new Error(`${record.id} has no source`);
  return chosen;
}

const gradeCache = new WeakMap<ServiceRecord, { key: number; grade: AgeGrade }>();

export function ageGrade(record: ServiceRecord, now: Date | AgeCutoffs): AgeGrade {
  const cutoffs = now instanceof Date ? ageCutoffs(now) : now;
  const cached = gradeCache.get(record);
  if (cached?.key === cutoffs.recentAfter) return cached.grade;
  const date = record.verified.date;
  const checked = date === UNDATED ? undefined : latestDayOf(date);
  const grade: AgeGrade =
    checked === undefined ? 'undated' : checked >= cutoffs.recentAfter ? 'recent' : checked >= cutoffs.agingAfter ? 'aging' : 'old';
  gradeCache.set(record, { key: cutoffs.recentAfter, grade });
  return grade;
}
