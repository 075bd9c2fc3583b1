import { loadRetiredListings, type RetiredListings } from '../data/retired';
import { useLoadedOnce } from './useLoadedOnce';

// Offline and never fetched: the link is then "not found", rather than loading for ever.
const NONE_RETIRED: RetiredListings = { closed: {}, merged: {} };

/** The retired listings, fetched only once a link or print list names an id the listings lack; null until then. */
export function useRetiredListings(needed: boolean): RetiredListings | null {
  return useLoadedOnce(needed, loadRetiredListings, NONE_RETIRED);
}
