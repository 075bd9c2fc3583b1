import type { ServiceRecord } from '../../src/data/schema';
import { UNDATED } from '../../src/data/vocabulary';
import { hsdsId } from './hsdsIds';
import { attributesOf } from './taxonomy';

/** HSDS service status words for the project's statuses. */
const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive', defunct: 'defunct' } as const;

const PHONE_TYPE = { voice: 'voice', text: 'text', tty: 'textphone', fax: 'fax' } as const;

/** What a listing published as HSDS holds: JSON values only, so the schema check sees what a reader gets. */
export type HsdsValue = string | number | boolean | null | HsdsValue[] | { [key: string]: HsdsValue };
export type HsdsObject = { [key: string]: HsdsValue };

/** "2026-09" or "2026" as the first day it covers; HSDS dates are full dates. */
function fullDate(date: string): string | null {
  if (date === UNDATED) return null;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function phonesOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  return record.phones.map((phone, index) => ({
    id: hsdsId('phone', record.id, index),
    service_id: serviceId,
    number: phone.number,
    ...(phone.extension ? { extension: Number(phone.extension) } : {}),
    type: PHONE_TYPE[phone.kind],
    ...(phone.label ? { description: phone.label } : {}),
  }));
}

function schedulesOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  return (record.hours?.weekly ?? []).map((opening, index) => ({
    id: hsdsId('schedule', record.id, index),
    service_id: serviceId,
    timezone: -6,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: opening.days.map((day) => day.toUpperCase()).join(','),
    opens_at: opening.opens,
    closes_at: opening.closes,
    ...(opening.weeksOfMonth ? { description: `Weeks of the month: ${opening.weeksOfMonth.join(', ')}` } : {}),
    ...(record.hours?.text ? { notes: record.hours.text } : {}),
  }));
}

function locationsOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  // A confidential address is known to curators only: it is never published.
  if (!record.location || record.confidentialAddress) return [];
  const { location } = record;
  const locationId = hsdsId('location', record.id);
  return [
    {
      id: hsdsId('service_at_location', record.id),
      service_id: serviceId,
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        ...(location.point ? { latitude: location.point.latitude, longitude: location.point.longitude } : {}),
        ...(location.transit ? { transportation: location.transit } : {}),
        // HSDS requires a postal code on an address: without one the street is said in words, never completed by guess.
        ...(location.zip ? {} : { description: `${[location.street, location.line2, location.city, location.state].filter(Boolean).join(', ')} (no ZIP code in the sources)` }),
        addresses: location.zip === undefined ? [] : [
          {
            id: hsdsId('address', record.id),
            location_id: locationId,
            address_1: location.street,
            ...(location.line2 ? { address_2: location.line2 } : {}),
            city: location.city,
            state_province: location.state,
            postal_code: location.zip,
            country: 'US',
            address_type: 'physical',
          },
        ],
      },
    },
  ];
}

/**
 * Each dated source as an HSDS metadata entry: the date it shows (a month or year as its first day, the
 * exact text in the entry), what it vouches for and where to read it. Undated sources have no date to
 * give, so they are listed in index.json only.
 */
function metadataOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  return record.sources.flatMap((source, index) => {
    const date = fullDate(source.date);
    if (!date) return [];
    return [{
      id: hsdsId('metadata', record.id, index),
      resource_id: serviceId,
      resource_type: 'service',
      last_action_date: date,
      last_action_type: 'source',
      field_name: source.fields.join(', '),
      previous_value: 'not recorded',
      replacement_value: `As shown by "${source.name}" (${source.url}), dated ${source.date}`,
      updated_by: 'Chicago Help Map curators',
    }];
  });
}

/** A listing a source calls free costs nothing; any other fee stays in fees_description, in the source's words. */
function costOptionsOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  if (!record.features?.includes('free')) return [];
  return [{ id: hsdsId('cost_option', record.id), service_id: serviceId, currency: 'USD', amount: 0, ...(record.fees ? { amount_description: record.fees } : {}) }];
}

/**
 * One organization as HSDS has it, from every listing of it: an organization is one record however many
 * services it runs, so its description and website are the first any of its listings gives.
 */
export function organizationOf(records: readonly ServiceRecord[]): HsdsObject {
  const [first] = records;
  const name = first?.organization.name ?? '';
  const description = records.find((record) => record.organization.description)?.organization.description;
  const website = records.find((record) => record.organization.website)?.organization.website;
  return { id: hsdsId('organization', name), name, description: description ?? name, ...(website ? { website } : {}) };
}

/** Each organization's one record, by name, for publishing many listings together. */
export function organizationsOf(records: readonly ServiceRecord[]): Map<string, HsdsObject> {
  const byName = new Map<string, ServiceRecord[]>();
  for (const record of [...records].sort((a, b) => a.id.localeCompare(b.id))) byName.set(record.organization.name, [...(byName.get(record.organization.name) ?? []), record]);
  return new Map([...byName].map(([name, family]) => [name, organizationOf(family)]));
}

/** One listing in HSDS 3.0's compiled service shape: the organization, location, phones, hours and languages nested. */
export function serviceToHsds(record: ServiceRecord, organization?: HsdsObject): HsdsObject {
  const id = hsdsId('service', record.id);
  const organizationId = hsdsId('organization', record.organization.name);
  const assured = fullDate(record.verified.date);
  return {
    id,
    organization_id: organizationId,
    name: record.name,
    ...(record.description ? { description: record.description } : {}),
    ...(record.website ? { url: record.website } : {}),
    ...(record.email ? { email: record.email } : {}),
    status: STATUS[record.status],
    ...(record.fees ? { fees_description: record.fees } : {}),
    ...(record.eligibility ? { eligibility_description: record.eligibility } : {}),
    ...(assured ? { assured_date: assured } : {}),
    ...(record.alert ? { alert: record.alert } : {}),
    phones: phonesOf(record, id),
    schedules: schedulesOf(record, id),
    service_at_locations: locationsOf(record, id),
    languages: record.languages.map((code) => ({ id: hsdsId('language', record.id, code), service_id: id, code })),
    organization: organization ?? organizationOf([record]),
    cost_options: costOptionsOf(record, id),
    attributes: attributesOf(record, id),
    metadata: metadataOf(record, id),
    required_documents: record.requiredDocuments
      ? [{ id: hsdsId('required_document', record.id), service_id: id, document: record.requiredDocuments }]
      : [],
  };
}
