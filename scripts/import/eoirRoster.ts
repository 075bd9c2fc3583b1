import { z } from 'zod/mini';
import type { ServiceRecordInput } from '../../src/data/schema';
import type { RecordField } from '../../src/data/vocabulary';
import type { CsvRow } from './csv';

/** One office of a recognized organization, as the EOIR roster lists it. */
export interface RosterOffice {
  organization: string;
  /** YYYY-MM-DD. */
  expiresOn: string;
  pendingRenewal: boolean;
  street: string;
  cityStateZip: string;
  /** Digits only, with the country code: "+13125551234". */
  phone: string;
  representatives: number;
}

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{2})$/;

const rowSchema = z.object({
  organization_name: z.string().check(z.minLength(1)),
  organization_status: z.string(),
  organization_recognition_expiration: z.string().check(z.regex(US_DATE, 'expected MM/DD/YY')),
  organization_recognition_pending_renewal: z.enum(['True', 'False']),
  street_address: z.string().check(z.minLength(1)),
  city_state_zip: z.string(),
  phone: z.string(),
  accredited_representatives: z.string().check(z.regex(/^\d+$/, 'expected a count')),
});

function isoDate(usDate: string): string {
  const [, month = '', day = '', year = ''] = US_DATE.exec(usDate) ?? [];
  return `20${year}-${month}-${day}`;
}

/** The roster's active Chicago offices; a row that does not read fails, naming its line. */
export function chicagoOffices(rows: readonly CsvRow[]): RosterOffice[] {
  return rows.flatMap((raw, index) => {
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Roster line ${index + 2}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    const row = parsed.data;
    if (row.organization_status !== 'Active' || !/^Chicago, IL\b/.test(row.city_state_zip)) return [];
    return [{
      organization: row.organization_name,
      expiresOn: isoDate(row.organization_recognition_expiration),
      pendingRenewal: row.organization_recognition_pending_renewal === 'True',
      street: row.street_address,
      cityStateZip: row.city_state_zip,
      phone: `+1${row.phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')}`,
      representatives: Number(row.accredited_representatives),
    }];
  });
}

/** Recognized today: not expired, or expired with a renewal the roster shows pending. */
export function isCurrent(office: RosterOffice, today: string): boolean {
  return office.expiresOn >= today || office.pendingRenewal;
}

const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'north', 'south', 'east', 'west']);

/** "6216 N. Clark Street" and "6216 N Clark St" are one address: the number and the street's name. */
function streetKey(street: string): string {
  const [number = '', ...rest] = street.toLowerCase().replace(/[.,#]/g, ' ').split(/\s+/).filter(Boolean);
  const name = rest.filter((word) => !DIRECTIONS.has(word));
  return `${number} ${(name[0] ?? '').replace(/^la$/, `la${name[1] ?? ''}`).slice(0, 6)}`;
}

const COMMON_WORDS = new Set(['chicago', 'illinois', 'association', 'center', 'community', 'the', 'inc', 'for', 'and', 'of', 'organization', 'services', 'foundation']);

function distinctiveWords(name: string): Set<string> {
  return new Set(name.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 4 && !COMMON_WORDS.has(word)));
}

function initials(name: string): string {
  return name.split(/[^A-Za-z]+/).filter((word) => word.length > 0 && !['of', 'the', 'and', 'for'].includes(word.toLowerCase())).map((word) => word[0]).join('').toLowerCase();
}

/** Same organization (not a site another runs there): a distinctive word in common, or its initials ("LSNA"). */
function sameOrganization(rosterName: string, record: ServiceRecordInput): boolean {
  const names = [record.organization.name, ...(record.organization.alternateNames ?? [])];
  const rosterWords = distinctiveWords(rosterName);
  const rosterInitials = initials(rosterName);
  return names.some((name) => {
    const words = name.toLowerCase().split(/[^a-z]+/);
    return [...distinctiveWords(name)].some((word) => rosterWords.has(word)) || (rosterInitials.length >= 3 && words.includes(rosterInitials));
  });
}

/** Recognition is for immigration legal help: a shelter or a pantry the same organization runs there does not carry it. */
function givesImmigrationHelp(record: ServiceRecordInput): boolean {
  return record.categories.includes('legal') || (record.services ?? []).includes('immigrant-services');
}

/** The organization's listing for immigration help at the office's own address; never one at another site. */
export function listingForOffice(office: RosterOffice, records: readonly ServiceRecordInput[]): ServiceRecordInput | undefined {
  const key = streetKey(office.street);
  return records.find(
    (record) =>
      record.status !== 'defunct' &&
      record.location !== undefined &&
      streetKey(record.location.street) === key &&
      sameOrganization(office.organization, record) &&
      givesImmigrationHelp(record),
  );
}

export interface RosterSource {
  name: string;
  url: string;
  /** The date the roster is as of. */
  date: string;
}

/**
 * The listing with the roster's word on it: `doj-recognized`, and `accredited-representatives` where the
 * office has any, with the roster among its sources (for the address, the phone where it is the same, and
 * the flags) and `verified` following the newest dated source.
 */
export function withRecognition(record: ServiceRecordInput, office: RosterOffice, roster: RosterSource): ServiceRecordInput {
  const flags = new Set(record.trust ?? []);
  flags.add('doj-recognized');
  if (office.representatives > 0) flags.add('accredited-representatives');
  const previous = record.sources.find((source) => source.name === roster.name);
  // The roster shows the office at this address; it vouches for a phone only where its number is the listing's.
  const samePhone = (record.phones ?? []).some((phone) => phone.number === office.phone);
  const vouched: RecordField[] = samePhone ? ['location', 'phones', 'trust'] : ['location', 'trust'];
  const citation: ServiceRecordInput['sources'][number] = {
    name: roster.name,
    url: roster.url,
    date: roster.date,
    kind: 'official-list',
    // A listing made from the roster also credits it for its name: a re-run keeps what a curator credited.
    fields: [...new Set([...(previous?.fields ?? []), ...vouched])],
  };
  const sources = previous ? record.sources.map((source) => (source === previous ? citation : source)) : [...record.sources, citation];
  const newest = sources.map((source) => source.date).filter((date) => date !== 'undated').sort().at(-1) ?? 'undated';
  const checked = `EOIR recognized organizations roster as of ${roster.date}`;
  const method = record.verified.method.includes(checked) ? record.verified.method : `${record.verified.method}; ${checked}`;
  return { ...record, trust: [...flags].sort(), sources, verified: { date: newest, method } };
}
