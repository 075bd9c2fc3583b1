import { CATEGORIES } from '../src/data/categories';
import { AGE_GRADES, ageGrade, datingSource, type AgeGrade } from '../src/data/freshness';
import type { Lead } from '../src/data/leadSchema';
import type { ServiceRecord } from '../src/data/schema';
import { UNDATED } from '../src/data/vocabulary';
import { en as messages } from '../src/i18n/en';
import { communityCoverage } from './coverageByCommunity';

export const REPORT_START = '<!-- coverage:start -->';
export const REPORT_END = '<!-- coverage:end -->';

/** Active, and either at an address or reachable by phone alone: what the targets count. */
export function isCountable(record: ServiceRecord): boolean {
  return record.status === 'active' && (record.location !== undefined || record.phones.length > 0);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function languageName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
}

/** The coverage section of data/README.md, as of a given day (so the same data gives the same text). */
export function coverageReport(records: readonly ServiceRecord[], asOf: string, leads: readonly Lead[] = []): string {
  const counted = records.filter(isCountable);
  const now = new Date(`${asOf}T12:00:00Z`);
  const share = (test: (record: ServiceRecord) => boolean) => percent(counted.filter(test).length, counted.length);
  const sourceDates = records.flatMap((record) => record.sources.map((source) => source.date).filter((date) => date !== UNDATED)).sort();
  const lines = [
    REPORT_START,
    `Report as of ${asOf} (\`npm run data:coverage\` rewrites it; a test fails when it is out of date).`,
    '',
    `${records.length} records; ${counted.length} active with an address or a phone; ${records.filter((r) => r.location?.point).length} on the map.`,
    '',
    '| Category | Records |',
    '| --- | --- |',
    ...CATEGORIES.map((category) => `| ${messages.categoryNames[category]} | ${counted.filter((r) => r.categories.includes(category)).length} |`),
    '',
    '| Records that state | Share |',
    '| --- | --- |',
    `| languages | ${share((r) => r.languages.length > 0)} |`,
    `| hours | ${share((r) => r.hours !== undefined)} |`,
    `| eligibility | ${share((r) => r.eligibility !== undefined)} |`,
    `| cost | ${share((r) => r.fees !== undefined)} |`,
    `| trust flags (legal) | ${percent(counted.filter((r) => r.trust && r.trust.length > 0).length, counted.filter((r) => r.categories.includes('legal')).length)} of legal records |`,
    `| a map point | ${share((r) => r.location?.point !== undefined)} |`,
    `| confirmed in the 12 months before ${asOf} | ${share((r) => ageGrade(r, now) === 'recent')} |`,
    '',
    `Oldest source date: ${sourceDates[0] ?? '-'}; newest: ${sourceDates.at(-1) ?? '-'}.`,
    '',
    ...ageTables(records, counted, now),
    '',
    `Languages stated: ${countBy(counted, (r) => r.languages).map(([code, n]) => `${languageName(code)} ${n}`).join(', ') || 'none'}.`,
    '',
    ...communityCoverage(counted, leads),
    '',
    `By community area (${countBy(counted, (r) => (r.location?.communityArea ? [r.location.communityArea] : [])).length} of 77 have at least one record):`,
    countBy(counted, (r) => [r.location?.communityArea ?? (r.location ? 'address without a map point' : 'phone only')])
      .map(([area, n]) => `${area} ${n}`)
      .join(', ') + '.',
    REPORT_END,
  ];
  return lines.join('\n');
}

const GRADE_WORDS: Record<AgeGrade, string> = {
  recent: 'under a year old',
  aging: '1 to 5 years old',
  undated: 'undated sources only',
  old: 'over 5 years old ("may have closed: call first")',
};

const yearOf = (date: string) => (date === UNDATED ? UNDATED : date.slice(0, 4));

/** Listings by the age of the source that dates them, by status, and what the closure pass changed. */
function ageTables(records: readonly ServiceRecord[], counted: readonly ServiceRecord[], now: Date): string[] {
  const byYear = countBy(counted, (r) => [yearOf(datingSource(r).date)]).sort(([a], [b]) => a.localeCompare(b));
  const byKind = countBy(counted, (r) => [datingSource(r).kind]);
  const byStatus = countBy(records, (r) => [r.status]);
  const closurePass = records.filter((r) => r.verified.method.startsWith('Closure pass'));
  const merged = records.flatMap((r) => r.formerIds ?? []).length;
  return [
    '| Active listings by the age of their newest source | Listings |',
    '| --- | --- |',
    ...AGE_GRADES.map((grade) => `| ${GRADE_WORDS[grade]} | ${counted.filter((r) => ageGrade(r, now) === grade).length} |`),
    '',
    `By the year of that source: ${byYear.map(([year, n]) => `${year} ${n}`).join(', ')}.`,
    '',
    `By its kind: ${byKind.map(([kind, n]) => `${kind} ${n}`).join(', ')}.`,
    '',
    `By status (all records): ${byStatus.map(([status, n]) => `${status} ${n}`).join(', ')}.`,
    '',
    `Changed by the closure pass of December 2026: ${closurePass.length} records (${closurePass.filter((r) => r.status === 'defunct').length} closed, ${closurePass.filter((r) => r.status !== 'defunct').length} moved, renamed or given an alert); ${merged} duplicate listings merged into others.`,
  ];
}

export function replaceReport(readme: string, report: string): string {
  const start = readme.indexOf(REPORT_START);
  const end = readme.indexOf(REPORT_END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${report}\n`;
  return `${readme.slice(0, start)}${report}${readme.slice(end + REPORT_END.length)}`;
}

export function reportDate(readme: string): string | undefined {
  return /Report as of (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
}
