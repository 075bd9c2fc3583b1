import type { ServiceRecord } from '../../../src/data/schema';
import { organizationsOf, serviceToHsds } from '../serviceToHsds';
import type { TableSchema } from '../tabular';
import { feedProblems } from './checkFeed';
import { COMPARED_FIELDS, factsOf, feedServiceSchema, type ComparedField, type FeedService } from './feedFacts';
import { matcher, type Listing } from './matchFeed';
import { readFeed, type Feed, type FeedOptions } from './readFeed';

const CLOSED = new Set(['inactive', 'defunct']);

/** Where a proposed fact comes from: the feed, and the date it shows for that service (else the feed's date). */
export interface FeedSource {
  name: string;
  date: string;
  url?: string;
  service: string;
}

export type FeedProposal =
  | { kind: 'change'; listing: string; name: string; field: ComparedField; current: string; proposed: string; source: FeedSource }
  | { kind: 'closed'; listing: string; name: string; current: string; proposed: string; source: FeedSource }
  | { kind: 'new'; name: string; organization: string; facts: Partial<Record<ComparedField, string>>; source: FeedSource };

export interface FeedReview {
  feed: Omit<Feed, 'services'>;
  services: number;
  matched: number;
  proposals: FeedProposal[];
  /** Services that fit more than one listing: never merged, listed for the curator to decide. */
  ambiguous: { service: string; name: string; candidates: string[] }[];
}

export type FeedResult = { ok: true; review: FeedReview } | { ok: false; problems: string[] };

function sourceOf(feed: Feed, service: FeedService): FeedSource {
  const own = service.assured_date ?? service.last_modified?.slice(0, 10);
  return { name: feed.name, date: own ?? feed.date, ...(feed.url ? { url: feed.url } : {}), service: service.id };
}

function proposalsFor(service: FeedService, listing: Listing, source: FeedSource): FeedProposal[] {
  const theirs = factsOf(service);
  const ours = factsOf(listing.service);
  const { id: listingId, name } = listing.record;
  if (CLOSED.has(theirs.status) && !CLOSED.has(ours.status)) return [{ kind: 'closed', listing: listingId, name, current: ours.status, proposed: theirs.status, source }];
  // A field the feed leaves empty says nothing: silence is not a fact, so it proposes no removal.
  return COMPARED_FIELDS.filter((field) => theirs[field] !== '' && theirs[field] !== ours[field]).map((field) => ({
    kind: 'change',
    listing: listingId,
    name,
    field,
    current: ours[field],
    proposed: theirs[field],
    source,
  }));
}

/** Every listing, as the export would publish it, for matching and comparing on the feed's own terms. */
export function listingsOf(records: readonly ServiceRecord[]): Listing[] {
  const organizations = organizationsOf(records);
  return records.map((record) => ({ record, service: feedServiceSchema.parse(serviceToHsds(record, organizations.get(record.organization.name))) }));
}

/**
 * A feed turned into proposed changes for review: refused whole when it does not validate (each problem
 * names entity, id and field), else matched to listings service by service. Nothing is written here.
 */
export function proposeFromFeed(
  path: string,
  context: { records: readonly ServiceRecord[]; tables: readonly TableSchema[]; check: (value: unknown) => string[]; today: string },
  options: FeedOptions = {},
): FeedResult {
  const read = readFeed(path, context.tables, options);
  if (!read.ok) return read;
  const { feed } = read;
  const schemaProblems = feed.services.flatMap((service, index) => {
    const id = typeof service === 'object' && service !== null && 'id' in service && typeof service.id === 'string' ? service.id : `#${index + 1}`;
    return context.check(service).map((problem) => `service ${id}: ${problem}`);
  });
  const problems = [...feedProblems(feed.services, context.today), ...schemaProblems];
  if (problems.length > 0) return { ok: false, problems };
  const match = matcher(listingsOf(context.records));
  const review: FeedReview = { feed: { name: feed.name, date: feed.date, ...(feed.url ? { url: feed.url } : {}) }, services: feed.services.length, matched: 0, proposals: [], ambiguous: [] };
  for (const raw of feed.services) {
    const service = feedServiceSchema.parse(raw);
    const source = sourceOf(feed, service);
    const found = match(service);
    if (found.kind === 'ambiguous') {
      review.ambiguous.push({ service: service.id, name: service.name, candidates: found.candidates.map(({ record }) => record.id) });
    } else if (found.kind === 'matched') {
      review.matched += 1;
      review.proposals.push(...proposalsFor(service, found.listing, source));
    } else if (!CLOSED.has(service.status ?? '')) {
      const facts = factsOf(service);
      review.proposals.push({ kind: 'new', name: service.name, organization: service.organization?.name ?? '', facts: Object.fromEntries(COMPARED_FIELDS.filter((field) => facts[field] !== '').map((field) => [field, facts[field]])), source });
    }
  }
  return { ok: true, review };
}
