import { CATEGORIES } from '../src/data/categories';
import { isNotRecentlyConfirmed } from '../src/data/freshness';
import type { ServiceRecord } from '../src/data/schema';
import { en as messages } from '../src/i18n/en';

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
export function coverageReport(records: readonly ServiceRecord[], asOf: string): string {
  const counted = records.filter(isCountable);
  const now = new Date(`${asOf}T12:00:00Z`);
  const share = (test: (record: ServiceRecord) => boolean) => percent(counted.filter(test).length, counted.length);
  const sourceDates = records.flatMap((record) => record.sources.map((source) => source.date)).sort();
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
    `| confirmed in the 12 months before ${asOf} | ${share((r) => !isNotRecentlyConfirmed(r, now))} |`,
    '',
    `Oldest source date: ${sourceDates[0] ?? '-'}; newest: ${sourceDates.at(-1) ?? '-'}.`,
    '',
    `Languages stated: ${countBy(counted, (r) => r.languages).map(([code, n]) => `${languageName(code)} ${n}`).join(', ') || 'none'}.`,
    '',
    `By community area (${countBy(counted, (r) => (r.location?.communityArea ? [r.location.communityArea] : [])).length} of 77 have at least one record):`,
    countBy(counted, (r) => [r.location?.communityArea ?? (r.location ? 'address without a map point' : 'phone only')])
      .map(([area, n]) => `${area} ${n}`)
      .join(', ') + '.',
    REPORT_END,
  ];
  return lines.join('\n');
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
