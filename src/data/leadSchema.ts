import { z } from 'zod/mini';
import { shownText, sourceDate, webUrl } from './schemaParts';
import { COMMUNITIES, SOURCE_KINDS } from './vocabulary';

const leadSourceSchema = z.strictObject({
  name: shownText(400),
  url: webUrl,
  /** The date the source itself shows, or "undated". */
  date: sourceDate,
  kind: z.enum(SOURCE_KINDS),
});

/**
 * A candidate the project could not publish: found only on an old list, or with no dated source that
 * shows it still operates. Kept so that the next curator can call or look again, never shown in the app.
 */
export const leadSchema = z.strictObject({
  name: shownText(300),
  organization: z.optional(shownText(300)),
  address: z.optional(shownText(300)),
  phone: z.optional(shownText(100)),
  website: z.optional(webUrl),
  communities: z.optional(z.array(z.enum(COMMUNITIES)).check(z.minLength(1))),
  /** What help the candidate would give, in a few words. */
  kind: shownText(400),
  sources: z.array(leadSourceSchema).check(z.minLength(1)),
  /** Why it is a lead and not a listing: what is missing before it can be published. */
  reason: shownText(600),
});

export const leadsFileSchema = z.strictObject({
  /** What the file is and how its leads were found, in a sentence or two. */
  about: shownText(600),
  leads: z.array(leadSchema),
});

export type Lead = z.infer<typeof leadSchema>;
