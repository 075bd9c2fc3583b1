import type { ServiceRecord } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import type { ReportField } from '../i18n/reports/en';
import { APP_VERSION } from './curatorsAddress';
import { formatOpening } from './formatHours';
import { addressLines, formatPhone } from './links';
import { reportBlock, type SuggestionReport } from './reportBlock';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A problem report: the listing as the app shows it now, what the person says is wrong and right, and
 * the block the curators' workbench reads.
 */
export function reportText(record: ServiceRecord, link: string, field: ReportField, says: string): string {
  const fields = messages.details.fieldNames;
  const lines = [
    `${fields.name}: ${record.name}`,
    `${messages.safety.link}: ${link}`,
    messages.freshness.verifiedOn(formatPartialDate(record.verified.date)),
    '',
    `${fields.location}: ${record.location ? addressLines(record.location).join(', ') : '-'}`,
    `${fields.phones}: ${record.phones.map((phone) => formatPhone(phone.number)).join(', ') || '-'}`,
    `${fields.hours}: ${[...(record.hours?.weekly?.map((opening) => formatOpening(opening)) ?? []), record.hours?.text ?? ''].filter(Boolean).join('; ') || '-'}`,
    `${fields.website}: ${record.website ?? record.organization.website ?? '-'}`,
    `${fields.languages}: ${record.languages.join(', ') || '-'}`,
    '',
    `${messages.reports.whatIsWrong} ${messages.reports.choices[field]}`,
    `${messages.reports.whatIsRight} ${says || '-'}`,
    '',
    reportBlock({ kind: 'problem', listing: record.id, field, says }, today(), APP_VERSION),
  ];
  return lines.join('\n');
}

export type Suggestion = Omit<SuggestionReport, 'kind'>;

export const EMPTY_SUGGESTION: Suggestion = { name: '', address: '', phone: '', website: '', languages: '', help: '', source: '' };

/** A service the directory lacks, as the person described it, with the block the workbench reads. */
export function suggestionText(suggestion: Suggestion): string {
  const labels = messages.safety.suggestFields;
  const lines = Object.entries(labels).map(([key, label]) => `${label}: ${Object.entries(suggestion).find(([name]) => name === key)?.[1] || '-'}`);
  return [...lines, '', reportBlock({ kind: 'suggestion', ...suggestion }, today(), APP_VERSION)].join('\n');
}
