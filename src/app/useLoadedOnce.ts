import { useEffect, useState } from 'react';

/**
 * A module or file fetched the first time it is needed, and kept: null until it has arrived. When the
 * fetch fails, `onFailure` stands in for it (or it stays null), so a page never waits for ever.
 */
export function useLoadedOnce<T>(needed: boolean, load: () => Promise<T>, onFailure: T | null = null): T | null {
  const [loaded, setLoaded] = useState<{ value: T | null } | null>(null);
  useEffect(
    function fetchOnce() {
      if (!needed || loaded) return;
      let current = true;
      load().then(
        (value) => {
          if (current) setLoaded({ value });
        },
        () => {
          if (current) setLoaded({ value: onFailure });
        },
      );
      return () => {
        current = false;
      };
    },
    [needed, loaded, load, onFailure],
  );
  return loaded?.value ?? null;
}
