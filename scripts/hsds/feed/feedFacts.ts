import { z } from 'zod/mini';
import { foldText } from '../../../src/search/normalize';

const optionalText = z.optional(z.string());
const list = <Item extends z.core.SomeType>(item: Item) => z._default(z.array(item), []);

/** The parts of a compiled HSDS service a listing is compared on; the schema check has already passed. */
export const feedServiceSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: optionalText,
  url: optionalText,
  email: optionalText,
  fees_description: optionalText,
  eligibility_description: optionalText,
  assured_date: optionalText,
  last_modified: optionalText,
  organization_id: optionalText,
  organization: z.optional(z.looseObject({ name: z.string() })),
  phones: list(z.looseObject({ number: z.string(), extension: z.optional(z.union([z.number(), z.string()])), type: optionalText })),
  schedules: list(z.looseObject({ byday: optionalText, opens_at: optionalText, closes_at: optionalText, description: optionalText, notes: optionalText })),
  service_at_locations: list(
    z.looseObject({
      location: z.optional(
        z.looseObject({
          description: optionalText,
          addresses: list(z.looseObject({ address_1: z.string(), address_2: optionalText, city: z.string(), state_province: optionalText, postal_code: z.string() })),
        }),
      ),
    }),
  ),
  languages: list(z.looseObject({ code: optionalText, name: optionalText })),
  required_documents: list(z.looseObject({ document: optionalText })),
});

export type FeedService = z.infer<typeof feedServiceSchema>;

/** The facts compared between a feed and the directory, named as the workbench names a listing's fields. */
export const COMPARED_FIELDS = ['name', 'location', 'phones', 'hours', 'languages', 'website', 'email', 'fees', 'eligibility', 'requiredDocuments', 'status'] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type Facts = Readonly<Record<ComparedField, string>>;

const sorted = (lines: readonly string[]) => [...new Set(lines)].sort().join('\n');

/** A number's digits only, without the country code: +1 (312) 555-0100 and 312.555.0100 are one phone. */
export const phoneDigits = (number: string) => number.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

function addressOf(service: FeedService): string {
  const location = service.service_at_locations.find((placement) => placement.location)?.location;
  const address = location?.addresses[0];
  if (!address) return location?.description ?? '';
  return [address.address_1, address.address_2, address.city, `${address.state_province ?? ''} ${address.postal_code}`.trim()].filter(Boolean).join(', ');
}

function hoursOf(service: FeedService): string {
  const lines = service.schedules.flatMap((schedule) =>
    schedule.opens_at || schedule.byday ? [`${schedule.byday ?? ''} ${schedule.opens_at ?? ''}–${schedule.closes_at ?? ''}${schedule.description ? ` (${schedule.description})` : ''}`.trim()] : [],
  );
  return lines.length > 0 ? sorted(lines) : sorted(service.schedules.flatMap((schedule) => [schedule.notes, schedule.description].filter((part) => part !== undefined)));
}

/** What a service says, field by field, in one comparable text each; a field the service leaves out is "". */
export function factsOf(service: FeedService): Facts {
  return {
    name: service.name.trim(),
    location: addressOf(service),
    phones: sorted(service.phones.map((phone) => `${phoneDigits(phone.number)}${phone.extension === undefined ? '' : ` ext ${phone.extension}`}${phone.type && phone.type !== 'voice' ? ` (${phone.type})` : ''}`)),
    hours: hoursOf(service),
    languages: sorted(service.languages.flatMap((language) => (language.code ?? language.name ? [language.code ?? language.name ?? ''] : []))),
    website: service.url ?? '',
    email: service.email ?? '',
    fees: service.fees_description ?? '',
    eligibility: service.eligibility_description ?? '',
    requiredDocuments: sorted(service.required_documents.flatMap((document) => (document.document ? [document.document] : []))),
    status: service.status ?? '',
  };
}

/** An organization's or street's name as compared: case, accents and punctuation set aside. */
export const foldName = (name: string) => foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A street and ZIP as compared, so "1800 S. Blue Island Ave." and "1800 S Blue Island Ave" are one address. */
export function addressKey(service: FeedService): string {
  const address = service.service_at_locations.find((placement) => placement.location)?.location?.addresses[0];
  return address ? `${foldName(address.address_1)}|${address.postal_code.slice(0, 5)}` : '';
}
