import { z } from 'zod/mini';
import { partialDate, shownText, slug } from '../../src/data/schemaParts';
import { ASKED_FIELDS, FACT_RESULTS, checkEntrySchema } from './checkLog';

/** What the workbench sends when a curator saves a call: each fact's answer, and the new value where it changed. */
export const checkInputSchema = z.strictObject({
  id: slug,
  /** The record's version when the curator opened it: a save over someone else's newer save is refused. */
  version: z.string(),
  date: checkEntrySchema.shape.date,
  initials: checkEntrySchema.shape.initials,
  outcome: checkEntrySchema.shape.outcome,
  called: checkEntrySchema.shape.called,
  facts: z.partialRecord(
    z.enum(ASKED_FIELDS),
    z.strictObject({ result: z.enum(FACT_RESULTS), value: z.optional(z.string().check(z.maxLength(2000))) }),
  ),
  closedOn: z.optional(partialDate),
  note: z.optional(shownText(500)),
});

export type CheckInput = z.infer<typeof checkInputSchema>;
