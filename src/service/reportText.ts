import type { ServiceRecord } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { formatOpening } from './formatHours';
import { addressLines, formatPhone } from './links';

/** The text of a problem report: which listing (its id, so it can be found), what it says now, and room to correct it. */
export function reportText(record: ServiceRecord, link: string): string {
  const fields = messages.details.fieldNames;
  const lines = [
    `${fields.name}: ${record.name}`,
    `id: ${record.id}`,
    `${messages.safety.link}: ${link}`,
    messages.freshness.verifiedOn(formatPartialDate(record.verified.date)),
    '',
    `${fields.location}: ${record.location ? addressLines(record.location).join(', ') : '-'}`,
    `${fields.phones}: ${record.phones.map((phone) => formatPhone(phone.number)).join(', ') || '-'}`,
    `${fields.hours}: ${[...(record.hours?.weekly?.map((opening) => formatOpening(opening)) ?? []), record.hours?.text ?? ''].filter(Boolean).join('; ') || '-'}`,
    `${fields.website}: ${record.website ?? record.organization.website ?? '-'}`,
    `${fields.languages}: ${record.languages.join(', ') || '-'}`,
    `${messages.details.sources}: ${record.sources.map((source) => source.url).join(' ; ')}`,
    '',
    messages.safety.reportWhatIsWrong,
    '',
  ];
  return lines.join('\n');
}

/** A blank form for a service the directory lacks. */
export function suggestionText(): string {
  return Object.values(messages.safety.suggestFields)
    .map((field) => `${field}: `)
    .join('\n\n');
}
