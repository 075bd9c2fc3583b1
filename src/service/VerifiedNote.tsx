import { isNotRecentlyConfirmed } from '../data/freshness';
import type { ServiceRecord } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { displayHost, isWebAddress } from './links';

/** The newest source with a web page: where a reader can check the listing for themselves. */
export function newestLinkedSource(record: ServiceRecord) {
  return record.sources.filter((source) => source.url && isWebAddress(source.url)).sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** How old the listing's information is, and where it comes from: on every card. */
export function VerifiedNote({ record, now, withSource = false }: { record: ServiceRecord; now: Date; withSource?: boolean }) {
  const stale = isNotRecentlyConfirmed(record, now);
  const source = withSource ? newestLinkedSource(record) : undefined;
  return (
    <p className="verified">
      {messages.verifiedOn(formatPartialDate(record.verified.date))}
      {source?.url ? (
        <>
          {' · '}
          {messages.safety.source}:{' '}
          {/* The site's name is short enough for a card; the details list each source in full. */}
          <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.name}>
            <bdi dir="ltr">{displayHost(source.url)}</bdi>
          </a>
        </>
      ) : null}
      {stale ? <strong className="stale"> · {messages.notRecentlyConfirmed}</strong> : null}
    </p>
  );
}
