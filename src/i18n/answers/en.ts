import type { Venue } from '../../data/vocabulary';

/** What a listing is when it is not a place that helps, and how the list is grouped (English, the source of truth). */
export const answersEn = {
  venues: {
    court: 'Court: for hearings and filings. Not a place to get a lawyer.',
    'government-office': 'Government office: takes complaints and applications. Not a place to get a lawyer.',
  } satisfies Record<Venue, string>,
  /** The heading over the listings with no point on the map, after the nearest ones. */
  withoutAddress: 'By phone, or no address listed',
  /** On a listing the roster shows recognized, with accredited representatives: what that lets them do. */
  recognized: 'Recognized by the U.S. Department of Justice: its accredited representatives may give immigration legal advice, as lawyers may.',
  /** The sort control's "best match" when a place is set: equally good answers come nearest first. */
  bestMatchNearby: 'Best match, nearest first',
};

export type AnswersMessages = typeof answersEn;
