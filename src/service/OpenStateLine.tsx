import type { OpenState } from '../data/openingHours';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { timeOfDay } from './formatHours';
import { activeLocale } from '../i18n/messages';

interface OpenStateLineProps {
  record: ServiceRecord;
  open: OpenState;
  /** True when the state is for a chosen day and time rather than now. */
  chosenTime?: boolean;
}

/** "Open now · closes 5:00 PM", "Closed now", or the record's closure; nothing when the hours are not structured. */
export function OpenStateLine({ record, open, chosenTime = false }: OpenStateLineProps) {
  const text = messages.openState;
  // A defunct listing is never among results, so it has no line of its own here.
  if (record.status === 'temporarily-closed' || record.status === 'inactive') {
    return <p className="status status--closed">{messages.statusNames[record.status]}</p>;
  }
  if (open.kind === 'unknown') return null;
  if (open.kind === 'open') {
    const closes = timeOfDay(open.closes, activeLocale.intl);
    return <p className="status status--open">{chosenTime ? text.openAt(closes) : text.open(closes)}</p>;
  }
  return <p className="status">{chosenTime ? text.closedAt : text.closed}</p>;
}
