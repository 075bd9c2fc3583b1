import type { Location, Phone } from '../../src/data/schema';
import { hoursFrom } from '../import/hoursText';
import type { AskedField } from './checkLog';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const KINDS = ['text', 'tty', 'fax'] as const;

/** "312-555-0100 ext 12 (text) — label" as the record stores it; a bad line names itself. */
export function parsePhoneLine(line: string): Phone | string {
  const [numberPart = '', ...labelParts] = line.split(/\s+[—–-]{1,2}\s+/);
  const label = labelParts.join(' — ').trim();
  const kind = KINDS.find((candidate) => new RegExp(`\\(${candidate}\\)`, 'i').test(numberPart)) ?? 'voice';
  const extension = /\b(?:ext\.?|x)\s*(\d{1,6})\b/i.exec(numberPart)?.[1];
  const digits = numberPart.replace(/\b(?:ext\.?|x)\s*\d{1,6}\b/i, '').replace(/\((text|tty|fax)\)/i, '').replace(/\D/g, '');
  const number = digits.length === 10 ? `+1${digits}` : digits.length === 11 && digits.startsWith('1') ? `+${digits}` : digits;
  const valid = /^\+1[2-9]\d{2}[2-9]\d{6}$/.test(number) || /^[2-9]\d{2}$/.test(number) || (kind === 'text' && /^\d{5,6}$/.test(number));
  if (!valid) return `"${line}" is not a phone number (312-555-0100, 211, or a text code)`;
  return { number, kind, ...(extension ? { extension } : {}), ...(label ? { label } : {}) };
}

/** "1800 S. Blue Island Ave, Chicago, IL 60608": the street, the city and the ZIP. */
export function parseAddress(text: string): Pick<Location, 'street' | 'city' | 'state' | 'zip'> | string {
  const match = /^(.+?),\s*([^,]+?),\s*IL\b\.?\s*(\d{5})?\s*$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return `"${text}" is not an Illinois address written "street, city, IL ZIP"`;
  return { street: match[1].trim(), city: match[2].trim(), state: 'IL', ...(match[3] ? { zip: match[3] } : {}) };
}

const list = (text: string): string[] => text.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);

/**
 * A "changed to" value as typed, in the shape the record stores. An empty value removes an optional
 * field (the organization says it no longer applies); the schema then checks what this cannot. An
 * address is parsed by parseAddress(), since it needs a map point as well.
 */
export function parseFact(field: AskedField, typed: string): Parsed {
  const text = typed.trim();
  switch (field) {
    case 'phones': {
      const phones = text.split('\n').map((line) => line.trim()).filter(Boolean).map(parsePhoneLine);
      const bad = phones.find((phone) => typeof phone === 'string');
      return typeof bad === 'string' ? { ok: false, message: bad } : { ok: true, value: phones };
    }
    case 'hours':
      return { ok: true, value: text ? hoursFrom(text) : undefined };
    case 'languages':
    case 'services':
      return { ok: true, value: list(text) };
    case 'name':
      return text ? { ok: true, value: text } : { ok: false, message: 'a listing needs a name' };
    default:
      return { ok: true, value: text || undefined };
  }
}
