import { z } from 'zod/mini';

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const RIGHTS_SECTIONS = ['home', 'street', 'work', 'agents', 'lawyer', 'notario', 'emergency'] as const;
export type RightsSection = (typeof RIGHTS_SECTIONS)[number];

export const rightsStatementSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens')),
  /** The statement in each interface language, English first; keyed by locale code. */
  text: z.record(z.string(), nonEmpty).check(z.refine((text) => 'en' in text, 'needs the English text')),
  source: z.object({
    name: nonEmpty,
    url: z.url({ protocol: /^https$/, error: 'expected an https address' }),
    /** The date the page itself states; null when it states none. */
    date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'))),
  }),
  /** The page's own words that the statement rests on, for whoever checks it. */
  quote: z.string().check(z.minLength(1), z.maxLength(400)),
});

export const rightsFileSchema = z.object({
  /** How the statements were written and translated, in a sentence. */
  method: nonEmpty,
  sections: z.array(z.object({ id: z.enum(RIGHTS_SECTIONS), statements: z.array(rightsStatementSchema).check(z.minLength(1)) })),
});

export type RightsStatement = z.infer<typeof rightsStatementSchema>;
export type RightsFile = z.infer<typeof rightsFileSchema>;
