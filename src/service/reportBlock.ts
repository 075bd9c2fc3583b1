import type { ReportField } from '../i18n/reports/en';

/** The lines that open and close the part of a report the curators' workbench reads. */
export const REPORT_START = '--- Chicago Help Map report ---';
export const REPORT_END = '--- end of report ---';

export interface ProblemReport {
  kind: 'problem';
  listing: string;
  field: ReportField;
  says: string;
}

export interface SuggestionReport {
  kind: 'suggestion';
  name: string;
  address: string;
  phone: string;
  website: string;
  languages: string;
  help: string;
  source: string;
}

/**
 * "key: value" lines, in English whatever the reader's language, so that a mail program that wraps
 * long lines or quotes them with "> " still leaves something the workbench can read back. Nothing
 * about the person goes in: only the listing, what they wrote, the day and the app's version.
 */
export function reportBlock(report: ProblemReport | SuggestionReport, date: string, version: string): string {
  const lines = Object.entries({ ...report, date, app: version }).map(([key, value]) => `${key}: ${value.replace(/\s*\n\s*/g, ' | ')}`);
  return [REPORT_START, ...lines, REPORT_END].join('\n');
}
