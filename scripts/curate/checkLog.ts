import { z } from 'zod/mini';
import { partialDate, shownText, slug } from '../../src/data/schemaParts';

export const OUTCOMES = ['confirmed', 'changed', 'closed', 'moved', 'no-answer', 'wrong-number'] as const;

export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_NAMES: Readonly<Record<Outcome, string>> = {
  confirmed: 'Confirmed',
  changed: 'Changed',
  closed: 'Closed',
  moved: 'Moved',
  'no-answer': 'No answer',
  'wrong-number': 'Wrong number',
};

/** The facts a caller asks about, in the order a call goes. */
export const ASKED_FIELDS = ['name', 'location', 'phones', 'hours', 'languages', 'services', 'eligibility', 'fees', 'requiredDocuments', 'email', 'website'] as const;

export type AskedField = (typeof ASKED_FIELDS)[number];

export const FACT_RESULTS = ['confirmed', 'changed', 'not-asked'] as const;

/**
 * One call, as data/checks.json keeps it: the record file says what is now true, and this says who
 * asked, when, and what each answer was, including the calls that did not get through.
 */
export const checkEntrySchema = z.strictObject({
  id: slug,
  date: partialDate.check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the day of the call, YYYY-MM-DD')),
  initials: z.string().check(z.regex(/^[A-Za-z]{1,4}$/, 'expected 1 to 4 letters')),
  outcome: z.enum(OUTCOMES),
  called: z.string().check(z.regex(/^(\+1[2-9]\d{9}|[2-9]\d{2})$/, 'expected the number called, in E.164')),
  facts: z.partialRecord(z.enum(ASKED_FIELDS), z.enum(FACT_RESULTS)),
  note: z.optional(shownText(500)),
});

export const checkLogSchema = z.array(checkEntrySchema);

export type CheckEntry = z.infer<typeof checkEntrySchema>;

export const CHECK_LOG_FILE = 'data/checks.json';
