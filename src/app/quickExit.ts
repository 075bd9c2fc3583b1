import { useEffect } from 'react';
import { appDepth } from '../filters/useSearchState';

/** A page that looks like any other errand: the Chicago forecast of the National Weather Service. */
export const NEUTRAL_SITE = 'https://www.weather.gov/lot/';

/** Two presses of Escape this close together leave the site. */
const DOUBLE_PRESS_MS = 1000;

/** How long to wait for the browser to step back through the app's own entries before leaving anyway. */
const STEP_BACK_MS = 400;

function leave(): void {
  window.history.replaceState(null, '', window.location.pathname);
  window.location.replace(NEUTRAL_SITE);
}

/**
 * Leaves for the neutral site, replacing this page in the history rather than adding to it. First it
 * steps back over the entries the app added (a listing, a print-out) to the one it was opened in, and
 * wipes the search from that one, so that Back from the neutral site goes to whatever came before this
 * site, not to a search, a place or a listing.
 */
export function quickExit(): void {
  const depth = appDepth();
  if (depth === 0) return leave();
  let gone = false;
  const once = () => {
    if (gone) return;
    gone = true;
    leave();
  };
  window.addEventListener('popstate', once, { once: true });
  window.setTimeout(once, STEP_BACK_MS);
  window.history.go(-depth);
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
