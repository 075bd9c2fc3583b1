import { z } from 'zod/mini';
import { isInChicagoArea } from './chicagoArea';
import { DAYS, UNDATED } from './vocabulary';

// zod/mini ships no messages of its own; without these a problem reads only "Invalid input".
z.config(z.locales.en());

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Longer than any word or web address a listing needs; such a run would widen a card, a page or a print-out. */
const LONGEST_UNBROKEN_RUN = 60;
// Chinese, Japanese and Korean characters break anywhere, so only other characters make a run.
const UNBROKEN_RUN = new RegExp(`[^\\s\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF00-\\uFFEF]{${LONGEST_UNBROKEN_RUN + 1},}`);

/** Why a text cannot be shown as it is, or undefined when it can. */
function textProblem(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'has a broken character (a lone UTF-16 surrogate)';
  if (CONTROL_CHARACTER.test(text)) return 'has a control character';
  if (UNBROKEN_RUN.test(text)) return `has a run of more than ${LONGEST_UNBROKEN_RUN} characters without a space`;
  return undefined;
}

/** Text shown to people: trimmed, not empty, at most `max` characters, and nothing that breaks a page. */
export function shownText(max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `must be at most ${max} characters`),
      z.superRefine((text, context) => {
        const problem = textProblem(text);
        if (problem) context.addIssue({ code: 'custom', message: problem, input: text });
      }),
    );
}

/** The same limits for a web address, which may be long but never broken. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http or https address' }).check(
  z.maxLength(500, 'must be at most 500 characters'),
  z.refine((url) => !LONE_SURROGATE.test(url), 'has a broken character (a lone UTF-16 surrogate)'),
);

/** The number a phone call went to, for a source that is a call: tel:+13125550100, or tel:311. */
export const telUrl = z.string().check(z.regex(/^tel:(\+1[2-9]\d{9}|[2-9]\d{2})$/, 'expected tel: and a number in E.164 (tel:+13125550100)'));

export const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens'), z.maxLength(120));

const EARLIEST_YEAR = 1990;

/** The last day of today in UTC, so a source dated today in Chicago is never "in the future". */
function latestAllowedDate(): string {
  return new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as precise as its source gives it: 2020, 2020-03 or 2020-03-31; from 1990, not in the future. */
export const partialDate = z.string().check(
  z.regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((date) => Number(date.slice(0, 4)) >= EARLIEST_YEAR, `expected a date from ${EARLIEST_YEAR} on`),
  z.refine((date) => date <= latestAllowedDate(), 'is in the future'),
);

/** A date to come, as precise as its source gives it: when a closed place says it reopens. */
export const comingDate = z.string().check(z.regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** A source's own date, or "undated" for a page that shows none: never the day it was read. */
export const sourceDate = z.union([partialDate, z.literal(UNDATED)]);

/** US numbers in E.164 (+13126601370); 3-digit service numbers (211, 311, 911, 988); 5-6 digit text short codes. */
const E164_US = /^\+1[2-9]\d{2}[2-9]\d{6}$/;
const SERVICE_NUMBER = /^[2-9]\d{2}$/;
const TEXT_SHORT_CODE = /^\d{5,6}$/;

export const phoneSchema = z
  .strictObject({
    number: z.string(),
    extension: z.optional(z.string().check(z.regex(/^\d{1,6}$/, 'expected up to 6 digits'))),
    kind: z._default(z.enum(['voice', 'text', 'tty', 'fax']), 'voice'),
    label: z.optional(shownText(300)),
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
  .strictObject({
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
  .strictObject({
    /** The hours in the words of the source, shown as they are. */
    text: z.optional(shownText(500)),
    /** The same hours in America/Chicago local time, where the text is clear enough to structure. */
    weekly: z.optional(z.array(openingSchema).check(z.minLength(1))),
  })
  .check(z.refine((hours) => hours.text !== undefined || hours.weekly !== undefined, 'give text or weekly hours'));

export const pointSchema = z
  .strictObject({
    latitude: z.number().check(z.gte(-90), z.lte(90)),
    longitude: z.number().check(z.gte(-180), z.lte(180)),
    /** How the point was obtained, e.g. the City dataset whose geocode it is. */
    source: shownText(300),
  })
  .check(
    z.refine((point) => isInChicagoArea(point.latitude, point.longitude), {
      message: 'coordinates fall outside the Chicago area',
      path: ['latitude'],
    }),
  );

export const locationSchema = z.strictObject({
  street: shownText(300),
  line2: z.optional(shownText(120)),
  city: shownText(60),
  state: z.literal('IL'),
  zip: z.optional(z.string().check(z.regex(/^\d{5}$/, 'expected a 5-digit ZIP code'))),
  communityArea: z.optional(shownText(60)),
  point: z.optional(pointSchema),
  /** Why a Chicago street address has no map point, when it has none. */
  noPointReason: z.optional(shownText(300)),
  accessibility: z.optional(shownText(500)),
  transit: z.optional(shownText(500)),
});
