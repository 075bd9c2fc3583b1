import { isNotRecentlyConfirmed } from '../data/freshness';
import type { ServiceRecord } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';

export function VerifiedNote({ record, now }: { record: ServiceRecord; now: Date }) {
  const stale = isNotRecentlyConfirmed(record, now);
  return (
    <p className="verified">
      {messages.verifiedOn(formatPartialDate(record.verified.date))}
      {stale ? <strong className="stale"> · {messages.notRecentlyConfirmed}</strong> : null}
    </p>
  );
}
