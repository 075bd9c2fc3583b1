import type { SourceKind } from '../../data/vocabulary';

export interface AgeCounts {
  total: number;
  old: number;
  aging: number;
  undated: number;
  recent: number;
}

/** How old the information is and where it comes from, and what is said of closed places (English, the source of truth). */
export const freshnessEn = {
  kinds: {
    'city-list': 'City list',
    'official-list': 'Official list',
    'organization-page': "Organization's page",
    'government-page': 'Government page',
    news: 'News report',
    directory: 'Directory listing',
    phone: 'Confirmed by phone',
    'other-page': 'Web page',
  } satisfies Record<SourceKind, string>,
  /** The age line on a card: "City list, Oct 2015". */
  dated: (kind: string, date: string) => `${kind}, ${date}`,
  undated: (kind: string) => `${kind}, undated`,
  warnings: {
    aging: 'Not recently confirmed: call ahead.',
    undated: 'The source shows no date: call to confirm.',
    old: 'May have closed: call first.',
  },
  /** The line above the results. */
  summary: ({ total, old, aging, undated, recent }: AgeCounts) =>
    `Age of this information: of ${total} listings, ${old} over 5 years old, ${aging} 1 to 5 years old, ${undated} undated, ${recent} from the past year. Call before you go.`,
  verifiedOn: (date: string) => `Information dated ${date}`,
  sourceDated: (date: string) => `dated ${date}`,
  undatedSource: 'undated',
  closedTitle: 'This place has closed',
  closedOn: (date: string, source: string) => `It closed on ${date}, according to ${source}.`,
  closedUndated: (source: string) => `It has closed, according to ${source}.`,
  /** A temporarily closed listing: when it reopens, as its source says. */
  closedUntil: (until: string) => `Until ${until}`,
  reopeningUnknown: 'Reopening date not given: call to confirm.',
  closedAdvice: 'Search again for help nearby, or call 211.',
  closedPick: (name: string) => `${name} has closed and is left out of the print-out.`,
};

export type FreshnessMessages = typeof freshnessEn;
