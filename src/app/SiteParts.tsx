import { useMemo } from 'react';
import type { ServiceRecord } from '../data/schema';
import { UNDATED } from '../data/vocabulary';
import type { SearchState } from '../filters/searchState';
import { hrefFor, navigate } from '../filters/useSearchState';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { SuggestService } from '../service/SuggestService';

export function AreaPrintButton({ area, onPrint }: { area: string; onPrint: (area: string) => void }) {
  return (
    <button type="button" className="button button--quiet area-print" onClick={() => onPrint(area)}>
      {messages.print.areaDirectory(area)}
    </button>
  );
}

/** At the end of the list: what quick exit cannot do, and a way to tell us about a missing service. */
export function SiteNotes() {
  return (
    <div className="site-notes">
      <p>{messages.safety.quickExitLimits}</p>
      <SuggestService />
    </div>
  );
}

/** The footer: what the app is, how fresh its information is, and the privacy page. */
export function SiteFooter({ records, state }: { records: readonly ServiceRecord[]; state: SearchState }) {
  const dataDate = useMemo(() => newestCheck(records), [records]);
  const privacyState: SearchState = { ...state, page: 'privacy', selectedId: null };
  return (
    <footer className="site-footer">
      <p>
        {messages.footer}
        {dataDate ? <> {messages.offline.dataAsOf(formatPartialDate(dataDate))}.</> : null}{' '}
        <a
          href={hrefFor(privacyState)}
          onClick={(event) => {
            event.preventDefault();
            navigate(privacyState);
          }}
        >
          {messages.privacy.link}
        </a>
      </p>
    </footer>
  );
}

/** The newest date on which any listing was checked: how fresh the information on this device is. */
export function newestCheck(records: readonly ServiceRecord[]): string | null {
  let newest: string | null = null;
  for (const record of records) {
    const date = record.verified.date;
    if (date !== UNDATED && (newest === null || date > newest)) newest = date;
  }
  return newest;
}
