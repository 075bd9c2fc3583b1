import { useEffect, useState } from 'react';
import { loadRetiredListings, type RetiredListings } from '../data/retired';

const NONE_RETIRED: RetiredListings = { closed: {}, merged: {} };

/** The retired listings, fetched only once a link or print list names an id the listings lack; null until then. */
export function useRetiredListings(needed: boolean): RetiredListings | null {
  const [retired, setRetired] = useState<RetiredListings | null>(null);
  useEffect(
    function fetchRetired() {
      if (!needed || retired) return;
      let current = true;
      // Offline and never fetched: the link is then "not found", rather than loading for ever.
      loadRetiredListings().then(
        (loaded) => {
          if (current) setRetired(loaded);
        },
        () => {
          if (current) setRetired(NONE_RETIRED);
        },
      );
      return () => {
        current = false;
      };
    },
    [needed, retired],
  );
  return retired;
}
