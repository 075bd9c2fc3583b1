import type { Opening } from '../data/schema';
import { DAYS } from '../data/vocabulary';
import { activeLocale, messages } from '../i18n/messages';
import { dayName } from '../i18n/dayName';
import { dateTimeFormat } from '../i18n/intlFormats';

type Day = (typeof DAYS)[number];

export function timeOfDay(hhmm: string, locale: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours % 24, minutes));
  const format = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  if (hours !== 24) return format.format(date);
  // A closing time of 24:00: "12:00 AM (midnight)" where clocks have 12 hours, "24:00 (północ)" where they have 24.
  const twentyFourHour = format.resolvedOptions().hourCycle === 'h23';
  const text = twentyFourHour
    ? dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h24' }).format(date)
    : format.format(date);
  return messages.midnight(text);
}

/** Consecutive days collapse into a range: mo,tu,we,th,fr -> "Mon–Fri". */
function dayRanges(days: readonly Day[], locale: string): string {
  const indexes = [...new Set(days.map((day) => DAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs
    .map((run) => {
      const first = DAYS[run[0] ?? 0] ?? 'mo';
      const last = DAYS[run.at(-1) ?? 0] ?? 'mo';
      if (run.length === 1) return dayName(first, locale);
      return `${dayName(first, locale)}–${dayName(last, locale)}`;
    })
    .join(', ');
}

export function formatOpening(opening: Opening, locale: string = activeLocale.intl): string {
  const days = dayRanges(opening.days, locale);
  const when = opening.weeksOfMonth ? messages.hours.weeksOfMonth(opening.weeksOfMonth, days) : days;
  if (opening.opens === '00:00' && opening.closes === '24:00') return `${when}: ${messages.hours.allDay}`;
  return `${when}: ${timeOfDay(opening.opens, locale)} – ${timeOfDay(opening.closes, locale)}`;
}
