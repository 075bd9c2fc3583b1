import { datingSource } from '../data/freshness';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { ageLine } from './ageLine';
import { displayHost, isWebAddress } from './links';

/** The source that dates the listing, when its address is a web page: where a reader can check the listing. */
export function newestLinkedSource(record: ServiceRecord) {
  const source = datingSource(record);
  return isWebAddress(source.url) ? source : undefined;
}

/** How old the listing's information is, and where it comes from: on every card. */
export function VerifiedNote({ record, now, withSource = false }: { record: ServiceRecord; now: Date; withSource?: boolean }) {
  const age = ageLine(record, now);
  const source = withSource ? newestLinkedSource(record) : undefined;
  return (
    <p className={`verified verified--${age.grade}`}>
      {age.text}
      {source ? (
        <>
          {' · '}
          {messages.safety.source}:{' '}
          {/* The site's name is short enough for a card; the details list each source in full. */}
          <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.name}>
            <bdi dir="ltr">{displayHost(source.url)}</bdi>
          </a>
        </>
      ) : null}
      {age.warning ? <strong className="stale"> · {age.warning}</strong> : null}
    </p>
  );
}
