import { z } from 'zod/mini';

const queueEntry = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string(),
  tier: z.enum(['hotline', 'shelter', 'legal', 'other']),
  communityArea: z.optional(z.string()),
  languages: z.array(z.string()),
  lastChecked: z.string(),
  lastPhoneCheck: z.optional(z.string()),
  lastAttempt: z.optional(z.object({ date: z.string(), outcome: z.string() })),
  dueOn: z.string(),
  state: z.enum(['overdue', 'due', 'current']),
  phone: z.optional(z.string()),
});

export type QueueEntry = z.infer<typeof queueEntry>;

export const stateSchema = z.object({
  today: z.string(),
  queue: z.array(queueEntry),
  counts: z.object({ listings: z.number(), overdue: z.number(), due: z.number(), neverConfirmed: z.number() }),
  problems: z.array(z.string()),
});

export type WorkbenchState = z.infer<typeof stateSchema>;

export const FIELDS = ['name', 'location', 'phones', 'hours', 'languages', 'services', 'eligibility', 'fees', 'requiredDocuments', 'email', 'website'] as const;
export type Field = (typeof FIELDS)[number];

const fact = z.object({
  field: z.enum(FIELDS),
  label: z.string(),
  value: z.string(),
  sources: z.array(z.object({ name: z.string(), date: z.string() })),
  hint: z.optional(z.string()),
});

export type Fact = z.infer<typeof fact>;

const letter = z.object({ subject: z.string(), body: z.string() });

export const listingSchema = z.object({
  id: z.string(),
  file: z.string(),
  version: z.string(),
  today: z.string(),
  record: z.object({
    name: z.string(),
    organization: z.object({ name: z.string() }),
    phones: z.array(z.object({ number: z.string(), kind: z.string(), label: z.optional(z.string()) })),
    status: z.string(),
    confidentialAddress: z.optional(z.boolean()),
  }),
  facts: z.array(fact),
  checks: z.array(z.object({ date: z.string(), initials: z.string(), outcome: z.string() })),
  scripts: z.object({ en: z.string(), es: z.string() }),
  letters: z.object({ en: letter, es: letter }),
});

export type Listing = z.infer<typeof listingSchema>;

const problem = z.object({ field: z.string(), message: z.string() });

export const checkResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.enum(['saved', 'preview']), diff: z.string(), logged: z.boolean(), version: z.optional(z.string()) }),
  z.object({ status: z.literal('invalid'), problems: z.array(problem) }),
  z.object({ status: z.literal('conflict'), theirs: z.unknown(), yours: z.unknown() }),
  z.object({ status: z.literal('refused'), message: z.string() }),
]);

export type CheckResult = z.infer<typeof checkResultSchema>;

export const proposalSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('proposal'),
    id: z.string(),
    name: z.string(),
    mergedFrom: z.optional(z.string()),
    field: z.string(),
    askedField: z.optional(z.enum(FIELDS)),
    current: z.string(),
    proposed: z.string(),
    reportDate: z.string(),
    app: z.string(),
  }),
  z.object({ status: z.literal('suggestion'), report: z.record(z.string(), z.string()) }),
  z.object({ status: z.literal('refused'), message: z.string() }),
]);

export type Proposal = z.infer<typeof proposalSchema>;

const feedSourceSchema = z.object({ name: z.string(), date: z.string(), url: z.optional(z.string()), service: z.string() });

/** Proposed changes from an HSDS feed (npm run import:hsds), as review/hsds/ keeps them. */
export const feedReviewSchema = z.object({
  feed: z.object({ name: z.string(), date: z.string(), url: z.optional(z.string()) }),
  services: z.number(),
  matched: z.number(),
  proposals: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('change'), listing: z.string(), name: z.string(), field: z.string(), current: z.string(), proposed: z.string(), source: feedSourceSchema }),
      z.object({ kind: z.literal('closed'), listing: z.string(), name: z.string(), current: z.string(), proposed: z.string(), source: feedSourceSchema }),
      z.object({ kind: z.literal('new'), name: z.string(), organization: z.string(), facts: z.record(z.string(), z.string()), source: feedSourceSchema }),
    ]),
  ),
  ambiguous: z.array(z.object({ service: z.string(), name: z.string(), candidates: z.array(z.string()) })),
});

export type FeedReview = z.infer<typeof feedReviewSchema>;

const feedsSchema = z.object({ reviews: z.array(z.object({ file: z.string(), review: z.unknown() })) });

export const leadResultSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), message: z.string() })]);

async function call<S extends z.ZodMiniType>(schema: S, path: string, body?: unknown): Promise<z.output<S>> {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const json: unknown = await response.json();
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const message = typeof json === 'object' && json !== null && 'message' in json && typeof json.message === 'string' ? json.message : `unexpected answer from ${path}`;
  throw new Error(message);
}

export const api = {
  state: () => call(stateSchema, '/api/state'),
  listing: (id: string) => call(listingSchema, `/api/listing/${encodeURIComponent(id)}`),
  check: (input: unknown, write: boolean) => call(checkResultSchema, `/api/check?write=${write ? 1 : 0}`, input),
  report: (text: string) => call(proposalSchema, '/api/report', { text }),
  lead: (text: string) => call(leadResultSchema, '/api/lead', { text }),
  feeds: () => call(feedsSchema, '/api/feeds'),
};
