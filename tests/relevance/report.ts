import { CASE_KINDS, CASE_LANGUAGES } from './caseTypes';
import type { Verdict } from './judge';

export interface PassRate {
  group: string;
  passed: number;
  total: number;
  rate: number;
}

function rateOf(group: string, verdicts: readonly Verdict[]): PassRate {
  const passed = verdicts.filter((verdict) => verdict.pass).length;
  return { group, passed, total: verdicts.length, rate: verdicts.length === 0 ? 0 : passed / verdicts.length };
}

/** The pass rate of each group, in the order the groups are given. */
export function passRatesBy(verdicts: readonly Verdict[], groups: readonly string[], groupOf: (verdict: Verdict) => string): PassRate[] {
  return groups.map((group) => rateOf(group, verdicts.filter((verdict) => groupOf(verdict) === group)));
}

export function overallPassRate(verdicts: readonly Verdict[]): PassRate {
  return rateOf('all', verdicts);
}

function line({ group, passed, total, rate }: PassRate): string {
  return `  ${group.padEnd(10)} ${`${passed}/${total}`.padStart(8)}  ${(rate * 100).toFixed(1).padStart(5)}%`;
}

/** The figures and the failing cases, as the lead reads them before and after a change to the search. */
function failingLines(verdicts: readonly Verdict[]): string[] {
  return verdicts
    .filter((verdict) => !verdict.pass)
    .map(({ case: { language, kind, query, near }, problems, top }) => {
      const shown = query.length > 60 ? `${query.slice(0, 57)}...` : query;
      return `  [${language} ${kind}] "${shown}"${near ? ` near "${near}"` : ''}: ${problems.join('; ')} | top: ${top.join(', ') || '(none)'}`;
    });
}

export function formatReport(overall: PassRate, byLanguage: PassRate[], byKind: PassRate[], verdicts: readonly Verdict[]): string {
  const failing = failingLines(verdicts);
  return [
    `relevance: ${overall.passed}/${overall.total} cases pass (${(overall.rate * 100).toFixed(1)}%)`,
    'by language:', ...byLanguage.map(line),
    'by kind:', ...byKind.map(line),
    `failing (${failing.length}):`, ...failing,
  ].join('\n');
}

/** The held-out cases on their own (never tuned against, so the honest figure), by language and kind, and which fail. */
export function formatHeldOutReport(heldOut: readonly Verdict[]): string {
  const { passed, total, rate } = overallPassRate(heldOut);
  const failing = failingLines(heldOut);
  return [
    `held-out: ${passed}/${total} (${(rate * 100).toFixed(1)}%)`,
    'held-out by language:', ...passRatesBy(heldOut, CASE_LANGUAGES, ({ case: { language } }) => language).map(line),
    'held-out by kind:', ...passRatesBy(heldOut, CASE_KINDS, ({ case: { kind } }) => kind).map(line),
    `held-out failing (${failing.length}):`, ...failing,
  ].join('\n');
}
