import type { Opening } from '../../src/data/schema';
import { DAYS } from '../../src/data/vocabulary';

type Day = (typeof DAYS)[number];

const DAY_NAMES: [RegExp, Day][] = [
  [/^(mon(day)?s?|m)$/, 'mo'],
  [/^(tues?(day)?s?|tu)$/, 'tu'],
  [/^(wed(nesday)?s?|w)$/, 'we'],
  [/^(thu(rs?)?(day)?s?|th)$/, 'th'],
  [/^(fri(day)?s?|f)$/, 'fr'],
  [/^(sat(urday)?s?|sa)$/, 'sa'],
  [/^(sun(day)?s?|su)$/, 'su'],
];

const DAY = String.raw`(?:mon(?:day)?s?|tues?(?:day)?s?|wed(?:nesday)?s?|thu(?:rs?)?(?:day)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?|m|f)\.?`;
const DAY_LIST = String.raw`${DAY}(?:\s*(?:-|–|to|through|&|,|and)\s*${DAY})*`;
const TIME = String.raw`(?:noon|\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?)`;
const SEGMENT = new RegExp(String.raw`(${DAY_LIST})\s*[,:]?\s*(closed|${TIME}\s*(?:-|–|to)\s*${TIME})`, 'gi');

function dayOf(token: string): Day | undefined {
  const word = token.toLowerCase().replace(/\.$/, '');
  return DAY_NAMES.find(([pattern]) => pattern.test(word))?.[1];
}

function daysOf(spec: string): Day[] | undefined {
  const parts = spec.split(/\s*(-|–|to|through|&|,|and)\s*/i).filter((part) => part.trim() !== '');
  const days: Day[] = [];
  let rangeFrom: Day | undefined;
  for (const part of parts) {
    if (/^(-|–|to|through)$/i.test(part)) {
      rangeFrom = days.at(-1);
      continue;
    }
    if (/^(&|,|and)$/i.test(part)) continue;
    const day = dayOf(part);
    if (!day) return undefined;
    if (rangeFrom) {
      const start = DAYS.indexOf(rangeFrom);
      const end = DAYS.indexOf(day);
      if (end < start) return undefined;
      days.push(...DAYS.slice(start + 1, end + 1));
      rangeFrom = undefined;
    } else days.push(day);
  }
  return days.length > 0 ? days : undefined;
}

interface ClockTime {
  hours: number;
  minutes: number;
  meridiem: 'am' | 'pm' | undefined;
}

function clockTime(text: string): ClockTime | undefined {
  const cleaned = text.toLowerCase().replace(/\s+/g, '');
  if (cleaned === 'noon') return { hours: 12, minutes: 0, meridiem: 'pm' };
  const match = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/.exec(cleaned);
  if (!match) return undefined;
  return { hours: Number(match[1]), minutes: Number(match[2] ?? 0), meridiem: match[3]?.startsWith('a') ? 'am' : match[3] ? 'pm' : undefined };
}

function to24(time: ClockTime, defaultMeridiem: 'am' | 'pm'): number {
  const meridiem = time.meridiem ?? defaultMeridiem;
  const hours = time.hours % 12 + (meridiem === 'pm' ? 12 : 0);
  return hours * 60 + time.minutes;
}

/**
 * Times written without a.m./p.m. ("10-6", "Noon-8", "1-5", the libraries' shorthand) are read the way
 * daytime services keep hours: 1 to 7 o'clock opening is afternoon, and a closing time not after the
 * opening is in the afternoon or evening.
 */
function range(opensText: string, closesText: string): [string, string] | undefined {
  const opens = clockTime(opensText);
  const closes = clockTime(closesText);
  if (!opens || !closes) return undefined;
  const opensAt = to24(opens, opens.hours >= 1 && opens.hours <= 7 ? 'pm' : 'am');
  let closesAt = to24(closes, closes.meridiem ?? 'am');
  if (!closes.meridiem && closesAt <= opensAt) closesAt += 12 * 60;
  if (closesAt <= opensAt || closesAt > 24 * 60) return undefined;
  const format = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return [format(opensAt), format(closesAt)];
}

const ROUND_THE_CLOCK = /^(open )?(24\/7(\/365)?|24 hours a day(, 7 days a week(, 365 days a year)?)?|24[- ]hours?)$/i;

/**
 * Structures the weekly hours the City datasets write in words, or returns undefined when any part of
 * the text does not fit: the text is always shown as well, and a wrong structure is worse than none.
 */
export function parseHoursText(text: string): Opening[] | undefined {
  const trimmed = text.trim();
  if (ROUND_THE_CLOCK.test(trimmed)) return [{ days: [...DAYS], opens: '00:00', closes: '24:00' }];
  const openings: Opening[] = [];
  let consumed = '';
  for (const match of trimmed.matchAll(SEGMENT)) {
    consumed += match[0];
    const days = daysOf(match[1] ?? '');
    const times = match[2] ?? '';
    if (!days) return undefined;
    if (/^closed$/i.test(times)) continue;
    const [opensText = '', closesText = ''] = times.split(/\s*(?:-|–|to)\s*/i);
    const hours = range(opensText, closesText);
    if (!hours) return undefined;
    openings.push({ days, opens: hours[0], closes: hours[1] });
  }
  const leftover = trimmed.replace(/[\s;,.:]/g, '').length - consumed.replace(/[\s;,.:]/g, '').length;
  return openings.length > 0 && leftover === 0 ? openings : undefined;
}

/** The source's words, and the weekly openings where the words are clear. */
export function hoursFrom(text: string): { text: string; weekly?: Opening[] } {
  const weekly = parseHoursText(text);
  return weekly ? { text, weekly } : { text };
}
