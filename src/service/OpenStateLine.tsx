import type { OpenState } from '../data/openingHours';
import type { Hours, ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { timeOfDay } from './formatHours';
import { activeLocale } from '../i18n/messages';
import { formatPartialDate } from '../i18n/formatDate';
import { ShownTextSpan } from './ShownTextSpan';
import { english } from '../i18n/recordTranslations';

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
  if (record.status === 'temporarily-closed') return <TemporaryClosureLine record={record} />;
  if (record.status === 'inactive') return <p className="status status--closed">{messages.statusNames.inactive}</p>;
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

/** "Temporarily closed: building repairs · Until January 5, 2027": why, in the source's words, and until when. */
function TemporaryClosureLine({ record }: { record: ServiceRecord }) {
  const closure = record.temporaryClosure;
  const until = closure?.until ? messages.freshness.closedUntil(formatPartialDate(closure.until)) : messages.freshness.reopeningUnknown;
  return (
    <p className="status status--closed">
      {messages.statusNames['temporarily-closed']}
      {closure ? (
        <>
          : <ShownTextSpan shown={english(closure.reason)} />
        </>
      ) : null}
      {' · '}
      {until}
    </p>
  );
}

/** Open all day every day: "closes 12:00 AM (midnight)" would say the opposite of what the line does. */
function isRoundTheClock(hours: Hours | undefined): boolean {
  return (hours?.weekly ?? []).some(({ days, opens, closes, weeksOfMonth }) => days.length === 7 && opens === '00:00' && closes === '24:00' && !weeksOfMonth);
}
