import type { Hours, Opening } from './schema';
import { DAYS } from './vocabulary';

export type Day = (typeof DAYS)[number];

/** A moment as the clocks in Chicago show it, whatever the device's own time zone. */
export interface ChicagoTime {
  day: Day;
  /** Minutes since midnight. */
  minutes: number;
  dayOfMonth: number;
  daysInMonth: number;
}

const CHICAGO = 'America/Chicago';
const WEEKDAY_TO_DAY: Record<string, Day> = { Mon: 'mo', Tue: 'tu', Wed: 'we', Thu: 'th', Fri: 'fr', Sat: 'sa', Sun: 'su' };
const chicagoParts = new Intl.DateTimeFormat('en-US', {
  timeZone: CHICAGO,
  weekday: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export function chicagoTime(now: Date): ChicagoTime {
  const parts = Object.fromEntries(chicagoParts.formatToParts(now).map(({ type, value }) => [type, value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  return {
    day: WEEKDAY_TO_DAY[parts.weekday ?? ''] ?? 'mo',
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    dayOfMonth: Number(parts.day),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

function toMinutes(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

function appliesThisWeek(opening: Opening, time: ChicagoTime): boolean {
  if (!opening.weeksOfMonth) return true;
  const week = Math.ceil(time.dayOfMonth / 7);
  const isLastWeek = time.dayOfMonth + 7 > time.daysInMonth;
  return opening.weeksOfMonth.some((wanted) => wanted === week || (wanted === -1 && isLastWeek));
}

export type OpenState =
  | { kind: 'open'; closes: string }
  | { kind: 'closed' }
  /** No structured hours: the app says "call for hours", and open-now filters leave it out. */
  | { kind: 'unknown' };

interface OpeningMinutes {
  opening: Opening;
  opens: number;
  closes: number;
}

// Parsed once per record: "open now" is asked of every result on every keystroke.
const minutesCache = new WeakMap<Opening[], OpeningMinutes[]>();

function inMinutes(weekly: Opening[]): OpeningMinutes[] {
  let parsed = minutesCache.get(weekly);
  if (!parsed) {
    parsed = weekly.map((opening) => ({ opening, opens: toMinutes(opening.opens), closes: toMinutes(opening.closes) }));
    minutesCache.set(weekly, parsed);
  }
  return parsed;
}

const UNKNOWN: OpenState = Object.freeze({ kind: 'unknown' });
const CLOSED: OpenState = Object.freeze({ kind: 'closed' });

/** Whether a service is open at a moment in Chicago; `now` is passed in so tests can fix it. */
export function openState(hours: Hours | undefined, time: ChicagoTime): OpenState {
  if (!hours?.weekly) return UNKNOWN;
  const open = inMinutes(hours.weekly).find(
    ({ opening, opens, closes }) =>
      opening.days.includes(time.day) && appliesThisWeek(opening, time) && opens <= time.minutes && time.minutes < closes,
  );
  return open ? { kind: 'open', closes: open.opening.closes } : CLOSED;
}
