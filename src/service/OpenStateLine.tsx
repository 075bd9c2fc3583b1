import type { OpenState } from '../data/openingHours';
import type { Hours, ServiceRecord } from '../data/schema';
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
  if (open.kind === 'open' && isRoundTheClock(record.hours)) {
    return <p className="status status--open status--always">{messages.hours.allDay}</p>;
  }
  if (open.kind === 'open') {
    const closes = timeOfDay(open.closes, activeLocale.intl);
    return <p className="status status--open">{chosenTime ? text.openAt(closes) : text.open(closes)}</p>;
  }
  return <p className="status">{chosenTime ? text.closedAt : text.closed}</p>;
}

/** Open all day every day: "closes 12:00 AM (midnight)" would say the opposite of what the line does. */
function isRoundTheClock(hours: Hours | undefined): boolean {
  return (hours?.weekly ?? []).some(({ days, opens, closes, weeksOfMonth }) => days.length === 7 && opens === '00:00' && closes === '24:00' && !weeksOfMonth);
}
