import type { ServiceRecord } from '../../../src/data/schema';
import { hsdsId } from '../hsdsIds';
import { addressKey, foldName, phoneDigits, type FeedService } from './feedFacts';

export interface Listing {
  record: ServiceRecord;
  /** The listing as this project exports it, read back the way a feed's service is. */
  service: FeedService;
}

export type Match = { kind: 'matched'; listing: Listing } | { kind: 'new' } | { kind: 'ambiguous'; candidates: Listing[] };

const organizationNames = (record: ServiceRecord) => new Set([record.organization.name, ...(record.organization.alternateNames ?? [])].map(foldName));
const phonesOf = (service: FeedService) => new Set(service.phones.map((phone) => phoneDigits(phone.number)));

/** Matches feed services to listings: by the id this project published, else by organization with address or phone. */
export function matcher(listings: readonly Listing[]): (service: FeedService) => Match {
  const byId = new Map(listings.map((listing) => [hsdsId('service', listing.record.id), listing]));
  const byOrganization = new Map<string, Listing[]>();
  for (const listing of listings) {
    for (const name of organizationNames(listing.record)) byOrganization.set(name, [...(byOrganization.get(name) ?? []), listing]);
  }
  return (service) => {
    const exact = byId.get(service.id);
    if (exact) return { kind: 'matched', listing: exact };
    const sameOrganization = byOrganization.get(foldName(service.organization?.name ?? '')) ?? [];
    const address = addressKey(service);
    const phones = phonesOf(service);
    const candidates = [...new Set(sameOrganization)].filter(
      (listing) => (address !== '' && addressKey(listing.service) === address) || [...phonesOf(listing.service)].some((phone) => phones.has(phone)),
    );
    if (candidates.length === 0) return { kind: 'new' };
    // Several services of one organization at one address: the one of the same name is the match.
    const named = candidates.length === 1 ? candidates : candidates.filter((listing) => foldName(listing.record.name) === foldName(service.name));
    const [only] = named;
    return named.length === 1 && only ? { kind: 'matched', listing: only } : { kind: 'ambiguous', candidates };
  };
}
