import type { ServiceRecord } from '../../src/data/schema';
import { formatOpening } from '../../src/service/formatHours';
import { addressLines, formatPhone } from '../../src/service/links';
import type { AskedField } from './checkLog';

export const FIELD_NAMES: Readonly<Record<AskedField, string>> = {
  name: 'Name',
  location: 'Address',
  phones: 'Phone numbers',
  hours: 'Hours',
  languages: 'Languages',
  services: 'Services',
  eligibility: 'Who can go',
  fees: 'Cost',
  requiredDocuments: 'What to bring',
  email: 'E-mail',
  website: 'Website',
};

/** How to type a new value, for the "changed to" box. */
export const FIELD_HINTS: Readonly<Partial<Record<AskedField, string>>> = {
  location: 'street, city, IL ZIP: 1800 S. Blue Island Ave, Chicago, IL 60608',
  phones: 'one per line: 312-555-0100 ext 12 (text) — label',
  hours: "in the organization's words: Mon-Fri 9am-5pm",
  languages: 'language codes, comma-separated: en, es, pl',
  services: 'service tags, comma-separated: asylum, daca',
};

/** What the directory says of one field, as a caller reads it out; empty when it says nothing. */
export function factText(record: ServiceRecord, field: AskedField): string {
  switch (field) {
    case 'name':
      return record.name;
    case 'location':
      return record.location ? addressLines(record.location).join(', ') : '';
    case 'phones':
      return record.phones.map(phoneText).join('\n');
    case 'hours':
      return record.hours?.text ?? (record.hours?.weekly ?? []).map((opening) => formatOpening(opening, 'en-US')).join('; ');
    case 'languages':
      return record.languages.join(', ');
    case 'services':
      return record.services.join(', ');
    default:
      return record[field] ?? '';
  }
}

function phoneText(phone: ServiceRecord['phones'][number]): string {
  const extension = phone.extension ? ` ext ${phone.extension}` : '';
  const kind = phone.kind === 'voice' ? '' : ` (${phone.kind})`;
  const label = phone.label ? ` — ${phone.label}` : '';
  return `${formatPhone(phone.number)}${extension}${kind}${label}`;
}

export interface Fact {
  field: AskedField;
  label: string;
  value: string;
  /** The sources that vouch for it, with their own dates. */
  sources: { name: string; date: string }[];
}

export function factOf(record: ServiceRecord, field: AskedField): Fact {
  return {
    field,
    label: FIELD_NAMES[field],
    value: factText(record, field),
    sources: record.sources.filter((source) => source.fields.includes(field)).map(({ name, date }) => ({ name, date })),
  };
}
