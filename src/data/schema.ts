import { z } from 'zod/mini';
import { CATEGORIES, SERVICE_TAGS, categoryOfService } from './categories';
import { isInChicagoArea } from './chicagoArea';
import { DAYS, FEATURES, LANGUAGE_CODE, RECORD_FIELDS, TRUST_FLAGS } from './vocabulary';

// zod/mini ships no messages of its own; without these a problem reads only "Invalid input".
z.config(z.locales.en());

/** A date as precise as its source gives it: 2020, 2020-03 or 2020-03-31. */
const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens'));

/** US numbers in E.164 (+13126601370); 3-digit service numbers (211, 311, 911, 988); 5-6 digit text short codes. */
const E164_US = /^\+1[2-9]\d{2}[2-9]\d{6}$/;
const SERVICE_NUMBER = /^[2-9]\d{2}$/;
const TEXT_SHORT_CODE = /^\d{5,6}$/;

export const phoneSchema = z
  .object({
    number: z.string(),
    extension: z.optional(z.string().check(z.regex(/^\d{1,6}$/, 'expected up to 6 digits'))),
    kind: z._default(z.enum(['voice', 'text', 'tty', 'fax']), 'voice'),
    label: z.optional(nonEmpty),
  })
  .check(
    z.refine(
      ({ number, kind }) =>
        E164_US.test(number) || SERVICE_NUMBER.test(number) || (kind === 'text' && TEXT_SHORT_CODE.test(number)),
      {
        message: 'expected a US number in E.164 (+13125550100), a 3-digit service number, or a text short code',
        path: ['number'],
      },
    ),
  );

const time = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected HH:MM, 00:00 to 24:00'));

export const openingSchema = z
  .object({
    days: z.array(z.enum(DAYS)).check(z.minLength(1)),
    opens: time,
    closes: time,
    /** Weeks of the month the opening applies to (1-5, -1 for the last), for patterns like "2nd and 4th Wednesday". */
    weeksOfMonth: z.optional(
      z.array(z.union([z.int().check(z.gte(1), z.lte(5)), z.literal(-1)])).check(z.minLength(1)),
    ),
  })
  .check(
    z.refine((opening) => opening.opens < opening.closes, {
      message: 'opens must be before closes',
      path: ['closes'],
    }),
  );

export const hoursSchema = z
  .object({
    /** The hours in the words of the source, shown as they are. */
    text: z.optional(nonEmpty),
    /** The same hours in America/Chicago local time, where the text is clear enough to structure. */
    weekly: z.optional(z.array(openingSchema).check(z.minLength(1))),
  })
  .check(z.refine((hours) => hours.text !== undefined || hours.weekly !== undefined, 'give text or weekly hours'));

export const pointSchema = z
  .object({
    latitude: z.number().check(z.gte(-90), z.lte(90)),
    longitude: z.number().check(z.gte(-180), z.lte(180)),
    /** How the point was obtained, e.g. the City dataset whose geocode it is. */
    source: nonEmpty,
  })
  .check(
    z.refine((point) => isInChicagoArea(point.latitude, point.longitude), {
      message: 'coordinates fall outside the Chicago area',
      path: ['latitude'],
    }),
  );

export const locationSchema = z.object({
  street: nonEmpty,
  line2: z.optional(nonEmpty),
  city: nonEmpty,
  state: z.literal('IL'),
  zip: z.optional(z.string().check(z.regex(/^\d{5}$/, 'expected a 5-digit ZIP code'))),
  communityArea: z.optional(nonEmpty),
  point: z.optional(pointSchema),
  accessibility: z.optional(nonEmpty),
  transit: z.optional(nonEmpty),
});

export const sourceSchema = z.object({
  name: nonEmpty,
  url: z.optional(webUrl),
  /** The date of the source itself (its export or page date), never the day it was read. */
  date: partialDate,
  fields: z.array(z.enum(RECORD_FIELDS)).check(z.minLength(1)),
});

export const serviceRecordSchema = z
  .object({
    id: slug,
    name: nonEmpty,
    organization: z.object({
      name: nonEmpty,
      alternateNames: z.optional(z.array(nonEmpty)),
      website: z.optional(webUrl),
      description: z.optional(nonEmpty),
    }),
    description: z.optional(nonEmpty),
    categories: z.array(z.enum(CATEGORIES)).check(z.minLength(1)),
    services: z._default(z.array(z.enum(SERVICE_TAGS)), []),
    eligibility: z.optional(nonEmpty),
    fees: z.optional(nonEmpty),
    requiredDocuments: z.optional(nonEmpty),
    /** BCP 47 codes of the languages the service is delivered in; empty when no source says. */
    languages: z._default(
      z.array(z.string().check(z.regex(LANGUAGE_CODE, 'expected a language code such as es or zh-Hans'))),
      [],
    ),
    languageNote: z.optional(nonEmpty),
    status: z._default(z.enum(['active', 'temporarily-closed', 'inactive']), 'active'),
    alert: z.optional(nonEmpty),
    phones: z._default(z.array(phoneSchema), []),
    email: z.optional(z.email()),
    website: z.optional(webUrl),
    location: z.optional(locationSchema),
    hours: z.optional(hoursSchema),
    trust: z.optional(z.array(z.enum(TRUST_FLAGS))),
    features: z.optional(z.array(z.enum(FEATURES))),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    verified: z.object({ date: partialDate, method: nonEmpty }),
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
  }));

export type ServiceRecord = z.infer<typeof serviceRecordSchema>;
export type ServiceRecordInput = z.input<typeof serviceRecordSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Opening = z.infer<typeof openingSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** A record's name and description in another language, tied to the English it was made from. */
export const recordTranslationSchema = z.object({
  name: nonEmpty,
  description: z.optional(nonEmpty),
  /** englishTextHash() of the English it translates: when the English changes, the translation is stale. */
  of: z.string().check(z.regex(/^[0-9a-f]{8}$/, 'expected the 8-digit hash of the English text')),
});

export const translationFileSchema = z.object({
  locale: z.string().check(z.regex(LANGUAGE_CODE, 'expected a language code such as es or zh-Hans')),
  /** How the translations were made and checked, in a sentence. */
  method: nonEmpty,
  date: partialDate,
  records: z.record(slug, recordTranslationSchema),
});

export type RecordTranslation = z.infer<typeof recordTranslationSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
