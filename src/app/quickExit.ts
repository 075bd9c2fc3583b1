import { useEffect } from 'react';

/** A page that looks like any other errand: the Chicago forecast of the National Weather Service. */
export const NEUTRAL_SITE = 'https://www.weather.gov/lot/';

/** Two presses of Escape this close together leave the site. */
const DOUBLE_PRESS_MS = 1000;

/**
 * Leaves at once for the neutral site, replacing this page in the history rather than adding to it,
 * after wiping the search from this entry's address so that Back does not show it.
 */
export function quickExit(): void {
  window.history.replaceState(null, '', window.location.pathname);
  window.location.replace(NEUTRAL_SITE);
}

/** Escape pressed twice, anywhere, whatever has the focus or is open (a popup, a menu). */
export function useEscapeTwiceToExit(): void {
  useEffect(function listenForEscapeTwice() {
    let last = 0;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      if (event.timeStamp - last <= DOUBLE_PRESS_MS) quickExit();
      last = event.timeStamp;
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
