import { z } from 'zod/mini';
import { CATEGORIES, SERVICE_TAGS, categoryOfService } from './categories';
import { comingDate, hoursSchema, locationSchema, partialDate, phoneSchema, shownText, slug, sourceDate, telUrl, webUrl } from './schemaParts';
import { COMMUNITIES, FEATURES, isClosedStatus, LANGUAGE_CODE, RECORD_FIELDS, SOURCE_KINDS, STATUSES, TRUST_FLAGS, UNDATED, VENUES } from './vocabulary';

export const sourceSchema = z
  .strictObject({
    name: shownText(400),
    /** The page, or for a phone call the number called (tel:+13125550100). */
    url: z.union([webUrl, telUrl]),
    /** The date the source itself shows (its publication, update or page date), or "undated"; never the day it was read. */
    date: sourceDate,
    /** What sort of source it is, for the age line a reader sees ("City list, Oct 2015"). */
    kind: z.enum(SOURCE_KINDS),
    fields: z.array(z.enum(RECORD_FIELDS)).check(z.minLength(1)),
  })
  .check(
    z.refine((source) => source.date === UNDATED || !/\bundated\b/i.test(source.name), {
      message: 'the name says the source is undated, yet it carries a date',
      path: ['date'],
    }),
    z.refine((source) => source.kind === 'phone' || !source.url.startsWith('tel:'), {
      message: 'only a phone call has a tel: address',
      path: ['url'],
    }),
  );

const language = z.string().check(z.regex(LANGUAGE_CODE, 'expected a language code such as es or zh-Hans'));

export const serviceRecordSchema = z
  .strictObject({
    id: slug,
    /** Ids this listing had before it was merged with another: links people shared with them open it. */
    formerIds: z.optional(z.array(slug).check(z.minLength(1))),
    name: shownText(300),
    organization: z.strictObject({
      name: shownText(300),
      alternateNames: z.optional(z.array(shownText(300))),
      website: z.optional(webUrl),
      description: z.optional(shownText(2000)),
    }),
    description: z.optional(shownText(2000)),
    categories: z.array(z.enum(CATEGORIES)).check(z.minLength(1)),
    services: z._default(z.array(z.enum(SERVICE_TAGS)), []),
    /** Set for courts and government offices, which answer "court" or "hearing" but not "lawyer". */
    venue: z.optional(z.enum(VENUES)),
    eligibility: z.optional(shownText(1000)),
    fees: z.optional(shownText(500)),
    requiredDocuments: z.optional(shownText(500)),
    /** BCP 47 codes of the languages the service is delivered in; empty when no source says. */
    languages: z._default(z.array(language), []),
    languageNote: z.optional(shownText(300)),
    /** Defunct listings are kept for the record and for old links, never shown among results. */
    status: z._default(z.enum(STATUSES), 'active'),
    /** When a defunct listing closed, as its source says; absent when the source gives no date. */
    closedOn: z.optional(partialDate),
    /** Why a temporarily closed listing is closed, and until when if its source says. */
    temporaryClosure: z.optional(z.strictObject({ reason: shownText(300), until: z.optional(comingDate) })),
    /** The address is known to curators but never shown: not on any card, map, print-out or export. */
    confidentialAddress: z.optional(z.literal(true)),
    alert: z.optional(shownText(500)),
    phones: z._default(z.array(phoneSchema), []),
    email: z.optional(z.email().check(z.maxLength(200))),
    website: z.optional(webUrl),
    location: z.optional(locationSchema),
    hours: z.optional(hoursSchema),
    trust: z.optional(z.array(z.enum(TRUST_FLAGS))),
    features: z.optional(z.array(z.enum(FEATURES))),
    /** Who the listing is for, where a source says: its organization serves that community. */
    communities: z.optional(z.array(z.enum(COMMUNITIES)).check(z.minLength(1))),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    /** The newest source's date ("undated" when none is dated) and how the facts were checked. */
    verified: z.strictObject({ date: sourceDate, method: shownText(500) }),
    /** Fields corrected or added by hand that a re-run of the record's import must not overwrite. */
    curatedFields: z.optional(z.array(z.enum(RECORD_FIELDS))),
  })
  .check(z.superRefine((record, context) => {
    record.services.forEach((tag, index) => {
      if (!record.categories.includes(categoryOfService(tag))) {
        context.addIssue({
          code: 'custom',
          path: ['services', index],
          message: `"${tag}" belongs to category "${categoryOfService(tag)}", which the record does not list`,
        });
      }
    });
    if (!record.location && record.phones.length === 0) {
      context.addIssue({ code: 'custom', path: ['location'], message: 'a record needs a location or a phone' });
    }
    const isDomesticViolenceShelter = record.categories.includes('shelter') && record.services.includes('domestic-violence');
    if (isDomesticViolenceShelter && record.location) {
      context.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'domestic-violence shelters are listed by hotline only, never by address',
      });
    }
    if (record.closedOn !== undefined && !isClosedStatus(record.status)) {
      context.addIssue({ code: 'custom', path: ['closedOn'], message: 'only a closed (defunct or inactive) listing has a closing date' });
    }
    checkStatus(record, context);
    checkOlderAddresses(record, context);
    const location = record.location;
    if (location?.point && location.noPointReason) {
      context.addIssue({ code: 'custom', path: ['location', 'noPointReason'], message: 'the address has a point, so it needs no reason for lacking one' });
    }
    checkVerifiedDate(record, context);
  }));

/** A closed or paused listing says who says so, and a pause says why. */
function checkStatus(
  record: { status: string; temporaryClosure?: unknown; confidentialAddress?: true; phones: readonly unknown[]; sources: readonly { fields: readonly string[] }[] },
  context: z.core.$RefinementCtx,
): void {
  const closed = isClosedStatus(record.status);
  if ((closed || record.status === 'temporarily-closed') && !record.sources.some((source) => source.fields.includes('status'))) {
    context.addIssue({ code: 'custom', path: ['status'], message: `a ${record.status} listing needs a source whose fields include "status"` });
  }
  if (record.status === 'temporarily-closed' && record.temporaryClosure === undefined) {
    context.addIssue({ code: 'custom', path: ['temporaryClosure'], message: 'a temporarily closed listing says why (and until when, if known)' });
  }
  if (record.status !== 'temporarily-closed' && record.temporaryClosure !== undefined) {
    context.addIssue({ code: 'custom', path: ['temporaryClosure'], message: 'only a temporarily closed listing has a closure' });
  }
  if (record.confidentialAddress && record.phones.length === 0) {
    context.addIssue({ code: 'custom', path: ['phones'], message: 'a listing whose address is confidential needs a phone' });
  }
}

const OLDER_ADDRESS = /gives an older address/i;

/**
 * Two sources, two addresses: the newer dated one is the listing's, and the other is kept as a source
 * that "gives an older address", which cannot then vouch for the location, nor be newer than one that does.
 */
function checkOlderAddresses(
  record: { sources: readonly { name: string; date: string; fields: readonly string[] }[] },
  context: z.core.$RefinementCtx,
): void {
  const current = record.sources.filter((source) => source.fields.includes('location') && source.date !== UNDATED).map((source) => source.date);
  const newestCurrent = current.sort().at(-1);
  record.sources.forEach((source, index) => {
    if (!OLDER_ADDRESS.test(source.name)) return;
    if (source.fields.includes('location')) {
      context.addIssue({ code: 'custom', path: ['sources', index, 'fields'], message: 'a source that gives an older address cannot support the location' });
    } else if (source.date !== UNDATED && newestCurrent !== undefined && source.date > newestCurrent) {
      context.addIssue({ code: 'custom', path: ['sources', index, 'date'], message: `the older address is dated after the location's newest source (${newestCurrent})` });
    }
  });
}

/** The check date is the newest source's date: it cannot claim more than the sources show. */
function checkVerifiedDate(
  record: { verified: { date: string }; sources: readonly { date: string }[] },
  context: z.core.$RefinementCtx,
): void {
  const dated = record.sources.map((source) => source.date).filter((date) => date !== UNDATED);
  const newest = dated.sort().at(-1);
  const expected = newest ?? UNDATED;
  if (record.verified.date !== expected) {
    const message = newest === undefined ? 'no source is dated, so the check date must be "undated"' : `expected the newest source's date, ${newest}`;
    context.addIssue({ code: 'custom', path: ['verified', 'date'], message });
  }
}

export type ServiceRecord = z.infer<typeof serviceRecordSchema>;
export type ServiceRecordInput = z.input<typeof serviceRecordSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type { Hours, Location, Opening, Phone } from './schemaTypes';

/** A record's name and description in another language, tied to the English it was made from. */
export const recordTranslationSchema = z.strictObject({
  name: shownText(300),
  description: z.optional(shownText(2000)),
  /** englishTextHash() of the English it translates: when the English changes, the translation is stale. */
  of: z.string().check(z.regex(/^[0-9a-f]{8}$/, 'expected the 8-digit hash of the English text')),
});

export const translationFileSchema = z.strictObject({
  locale: language,
  /** How the translations were made and checked, in a sentence. */
  method: shownText(500),
  date: partialDate,
  records: z.record(slug, recordTranslationSchema),
});

export type RecordTranslation = z.infer<typeof recordTranslationSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
