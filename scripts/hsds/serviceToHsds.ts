import type { ServiceRecord } from '../../src/data/schema';
import { UNDATED } from '../../src/data/vocabulary';
import { hsdsId } from './hsdsIds';

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

/** One listing in HSDS 3.0's compiled service shape: the organization, location, phones, hours and languages nested. */
export function serviceToHsds(record: ServiceRecord): HsdsObject {
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
    organization: {
      id: organizationId,
      name: record.organization.name,
      description: record.organization.description ?? record.organization.name,
      ...(record.organization.website ? { website: record.organization.website } : {}),
    },
    required_documents: record.requiredDocuments
      ? [{ id: hsdsId('required_document', record.id), service_id: id, document: record.requiredDocuments }]
      : [],
  };
}
