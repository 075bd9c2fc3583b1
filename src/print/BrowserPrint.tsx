import { useEffect, useState } from 'react';
import type { ServiceRecord } from '../data/schema';
import type { SearchState } from '../filters/searchState';
import type { Place } from '../geo/place';
import { messages } from '../i18n/messages';
import './browserPrint.css';
import { useBrowserPrinting } from './useBrowserPrinting';

interface BrowserPrintProps {
  state: SearchState;
  results: readonly ServiceRecord[];
  records: readonly ServiceRecord[];
  place: Place | null;
  now: Date;
}

/**
 * The handout's code, fetched once the listings are on screen and the page is idle: Ctrl+P gives no time
 * to fetch it, and before the list it would take a slow line's bandwidth from the listings.
 */
function usePrintViewModule(listShown: boolean): typeof import('./PrintView') | null {
  const [module, setModule] = useState<typeof import('./PrintView') | null>(null);
  useEffect(function loadPrintView() {
    if (!listShown) return;
    let current = true;
    const load = () =>
      void import('./PrintView').then((loaded) => {
        if (current) setModule(loaded);
      });
    if ('requestIdleCallback' in window) {
      const idle = window.requestIdleCallback(load, { timeout: 3000 });
      return () => {
        current = false;
        window.cancelIdleCallback(idle);
      };
    }
    const timer = setTimeout(load, 1000);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [listShown]);
  return module;
}

/** Ctrl+P on the results prints "Print these results"; on a listing, that listing: every entry, no screen controls. */
export function BrowserPrint({ state, results, records, place, now }: BrowserPrintProps) {
  const printing = useBrowserPrinting();
  const printView = usePrintViewModule(records.length > 0);
  if (!printing) return null;
  const handout: SearchState = state.selectedId !== null ? { ...state, print: 'list', picks: [state.selectedId] } : { ...state, print: 'results' };
  return (
    <div className="browser-print">
      {printView ? (
        <printView.default state={handout} results={results} records={records} closedPicks={[]} place={place} now={now} onChange={() => undefined} quickExitButton={null} />
      ) : (
        <p>{messages.loading}</p>
      )}
    </div>
  );
}
