import { z } from 'zod/mini';
import type { Category, ServiceTag } from '../../src/data/categories';
import type { ServiceRecordInput } from '../../src/data/schema';
import { chicagoLocation, placePoint, type Boundaries } from './places';
import { hoursFrom } from './hoursText';
import { stableId, tidyCapitals, toE164 } from './text';
import type { ImportResult, SkippedRow } from './writeImport';

/** The fields each City point dataset calls by its own name, and what its sites offer. */
export interface CitySiteKind {
  idPrefix: string;
  source: { name: string; url: string; date: string; kind: 'city-list' };
  organization: (properties: Properties) => string;
  categories: Category[];
  services: ServiceTag[];
  name: (properties: Properties) => string;
  street: (properties: Properties) => string;
  zip: (properties: Properties) => string | undefined;
  phones: (properties: Properties) => (string | undefined)[];
  hours: (properties: Properties) => string | undefined;
  website?: (properties: Properties) => string | undefined;
}

type Properties = Record<string, unknown>;

/** The datasets put a closure in the hours column: "Closed for building improvements". */
const CLOSED = /^(temporarily )?closed\b/i;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const optionalText = (value: unknown): string | undefined => text(value) || undefined;

export const CITY_SITE_KINDS = {
  libraries: {
    idPrefix: 'cpl',
    source: {
      name: 'City of Chicago, Libraries - Locations, Contact Information, and Usual Hours of Operation (data portal x8fc-8rcq), last modified 2021-10-28',
      url: 'https://data.cityofchicago.org/d/x8fc-8rcq',
      date: '2021-10-28',
      kind: 'city-list',
    },
    organization: () => 'Chicago Public Library',
    categories: ['education'],
    services: ['library'],
    name: (p) => (/library/i.test(text(p.name_)) ? text(p.name_) : `${text(p.name_)} Library`),
    street: (p) => text(p.address),
    zip: (p) => optionalText(p.zip),
    phones: (p) => [text(p.phone)],
    hours: (p) => optionalText(p.hours_of_operation),
    website: (p) => {
      const site = p.website;
      return typeof site === 'object' && site !== null && 'url' in site ? optionalText(site.url) : undefined;
    },
  },
  'community-service-centers': {
    idPrefix: 'dfss-csc',
    source: {
      name: 'City of Chicago, DFSS Community Service Centers (data portal bspy-6mw8), published 2016-02-17',
      url: 'https://data.cityofchicago.org/d/bspy-6mw8',
      date: '2016-02-17',
      kind: 'city-list',
    },
    organization: () => 'City of Chicago Department of Family and Support Services',
    categories: ['community'],
    services: ['community-service-center'],
    name: (p) => `${text(p.site)} (community service center)`,
    street: (p) => text(p.address),
    zip: (p) => optionalText(p.zip),
    phones: (p) => [text(p.phone)],
    hours: (p) => optionalText(p.hours_of_operation),
  },
  'senior-centers': {
    idPrefix: 'dfss-senior',
    source: {
      name: 'City of Chicago, DFSS Senior Centers (data portal qhfc-4cw2), published 2015-05-05',
      url: 'https://data.cityofchicago.org/d/qhfc-4cw2',
      date: '2015-05-05',
      kind: 'city-list',
    },
    organization: () => 'City of Chicago Department of Family and Support Services',
    categories: ['community'],
    services: ['senior-services'],
    name: (p) => `${text(p.site_name)} ${text(p.program)}`,
    street: (p) => text(p.address),
    zip: (p) => optionalText(p.zip),
    phones: (p) => [text(p.phone)],
    hours: (p) => optionalText(p.hours_of_operation),
  },
  'workforce-centers': {
    idPrefix: 'workforce',
    source: {
      name: 'City of Chicago, Workforce Centers (data portal cs4s-nsna), published 2011-04-17',
      url: 'https://data.cityofchicago.org/d/cs4s-nsna',
      date: '2011-04-17',
      kind: 'city-list',
    },
    organization: () => 'City of Chicago workforce centers',
    categories: ['work'],
    services: ['job-training'],
    name: (p) => text(p.name),
    street: (p) => text(p.address),
    zip: () => undefined,
    phones: (p) => [text(p.phone)],
    hours: (p) => optionalText(p.hours),
  },
  'wic-clinics': {
    idPrefix: 'wic',
    source: {
      name: 'Chicago Department of Public Health, WIC clinic locations (data portal a7k7-a5bg), undated (no portal date found; copied in 2023)',
      url: 'https://data.cityofchicago.org/d/a7k7-a5bg',
      date: 'undated',
      kind: 'city-list',
    },
    organization: (p) => text(p.site_name),
    categories: ['health'],
    services: ['wic'],
    name: (p) => `${text(p.site_name)} WIC clinic`,
    street: (p) => text(p.street_address),
    zip: (p) => optionalText(p.zip),
    phones: (p) => [p.phone_1, p.phone_2, p.phone_3].map(text),
    hours: (p) => optionalText(p.hours_of_operation),
  },
  'sti-clinics': {
    idPrefix: 'cdph-sti',
    source: {
      name: 'Chicago Department of Public Health, STI specialty clinics (data portal ie4n-kauq), undated (no portal date found; copied in 2023)',
      url: 'https://data.cityofchicago.org/d/ie4n-kauq',
      date: 'undated',
      kind: 'city-list',
    },
    organization: () => 'Chicago Department of Public Health',
    categories: ['health'],
    services: ['sexual-health'],
    name: (p) => text(p.site_name),
    street: (p) => text(p.street_address),
    zip: (p) => optionalText(p.zip),
    phones: (p) => [p.phone_1, p.phone_2].map(text),
    hours: (p) => optionalText(p.hours_of_operation),
  },
} as const satisfies Record<string, CitySiteKind>;

export type CitySiteKindName = keyof typeof CITY_SITE_KINDS;

export function isCitySiteKind(name: string): name is CitySiteKindName {
  return name in CITY_SITE_KINDS;
}

const pointFeature = z.object({
  properties: z.record(z.string(), z.unknown()),
  geometry: z.nullable(z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })),
});
export const pointCollection = z.object({ features: z.array(z.unknown()) });

export function importCitySites(kindName: CitySiteKindName, features: readonly unknown[], boundaries: Boundaries): ImportResult {
  const kind: CitySiteKind = CITY_SITE_KINDS[kindName];
  const records: ServiceRecordInput[] = [];
  const skipped: SkippedRow[] = [];
  features.forEach((raw, index) => {
    const parsed = pointFeature.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ row: `feature ${index + 1}`, reason: 'not a point feature with properties' });
      return;
    }
    const { properties, geometry } = parsed.data;
    const name = kind.name(properties).trim();
    const street = tidyCapitals(kind.street(properties));
    const row = `feature ${index + 1} (${name || 'no name'}, ${street || 'no address'})`;
    if (!name || !street) return void skipped.push({ row, reason: 'no name or no address' });
    if (!geometry) return void skipped.push({ row, reason: 'no coordinates' });
    const zip = kind.zip(properties)?.slice(0, 5);
    const [longitude, latitude] = geometry.coordinates;
    const placement = placePoint(boundaries, latitude, longitude, zip, `City geocode in the ${kind.source.name}`);
    if (!placement.ok) return void skipped.push({ row, reason: placement.reason });

    const phones = [...new Set(kind.phones(properties).map(toE164))].filter((phone) => phone !== undefined);
    const hoursText = kind.hours(properties);
    const website = kind.website?.(properties);
    const fields: ServiceRecordInput['sources'][number]['fields'] = ['name', 'organization', 'categories', 'services', 'location', 'point'];
    if (phones.length > 0) fields.push('phones');
    if (hoursText) fields.push('hours');
    if (hoursText && CLOSED.test(hoursText)) fields.push('status');
    if (website) fields.push('website');
    records.push({
      id: stableId(kind.idPrefix, name),
      name,
      organization: { name: kind.organization(properties) },
      categories: [...kind.categories],
      services: [...kind.services],
      phones: phones.map((number) => ({ number, kind: 'voice' as const })),
      ...(website ? { website } : {}),
      location: chicagoLocation(street, zip, placement),
      ...(hoursText && CLOSED.test(hoursText) ? { status: 'temporarily-closed' as const, temporaryClosure: { reason: closureReason(hoursText) } } : {}),
      ...(hoursText ? { hours: hoursFrom(hoursText) } : {}),
      sources: [{ ...kind.source, fields }],
      verified: { date: kind.source.date, method: `City dataset: ${kind.source.name}` },
    });
  });
  return { records, skipped };
}

/** "Temporarily closed: too small for distancing" is shown after the status, which already says the first part. */
function closureReason(hoursText: string): string {
  return hoursText.replace(/^temporarily closed:\s*/i, '');
}
