import type { AgeGrade } from '../data/freshness';
import type { AgeCounts } from '../i18n/freshness/en';
import { messages } from '../i18n/messages';

/** The line above a list of listings: how many rest on information of each age. */
export function ageSummary(grades: Iterable<AgeGrade>): string {
  const counts: AgeCounts = { total: 0, old: 0, aging: 0, undated: 0, recent: 0 };
  for (const grade of grades) {
    counts.total += 1;
    counts[grade] += 1;
  }
  return messages.freshness.summary(counts);
}
