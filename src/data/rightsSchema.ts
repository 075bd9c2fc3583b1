import { z } from 'zod/mini';
import { shownText, slug, sourceDate } from './schemaParts';

export const RIGHTS_SECTIONS = ['home', 'street', 'work', 'agents', 'lawyer', 'notario', 'emergency'] as const;
export type RightsSection = (typeof RIGHTS_SECTIONS)[number];

export const rightsStatementSchema = z.strictObject({
  id: slug,
  /** The statement in each interface language, English first; keyed by locale code. */
  text: z.record(z.string(), shownText(600)).check(z.refine((text) => 'en' in text, 'needs the English text')),
  source: z.strictObject({
    name: shownText(300),
    url: z.url({ protocol: /^https$/, error: 'expected an https address' }).check(z.maxLength(500)),
    /** The date the page itself states, or "undated" when it states none. */
    date: sourceDate,
  }),
  /** The page's own words that the statement rests on, for whoever checks it. */
  quote: shownText(400),
});

export const rightsFileSchema = z.strictObject({
  /** How the statements were written and translated, in a sentence. */
  method: shownText(500),
  sections: z.array(z.strictObject({ id: z.enum(RIGHTS_SECTIONS), statements: z.array(rightsStatementSchema).check(z.minLength(1)) })),
});

export type RightsStatement = z.infer<typeof rightsStatementSchema>;
export type RightsFile = z.infer<typeof rightsFileSchema>;
