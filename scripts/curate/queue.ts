import type { ServiceRecord } from '../../src/data/schema';
import { UNDATED, isClosedStatus } from '../../src/data/vocabulary';
import type { CheckEntry } from './checkLog';
import { DUE_SOON_DAYS, HARM_TIERS, RECHECK_MONTHS, harmTier, type HarmTier } from './policy';

export type DueState = 'overdue' | 'due' | 'current';

export interface QueueEntry {
  id: string;
  name: string;
  organization: string;
  tier: HarmTier;
  communityArea?: string;
  languages: string[];
  /** The newest source's date: the last time anything showed the listing to be right. */
  lastChecked: string;
  /** The last phone call that confirmed it with the organization, if any. */
  lastPhoneCheck?: string;
  /** The last call that did not get through, and why, when it came after the last confirmation. */
  lastAttempt?: { date: string; outcome: string };
  dueOn: string;
  state: DueState;
  phone?: string;
}

export interface QueueCounts {
  listings: number;
  overdue: number;
  due: number;
  neverConfirmed: number;
}

/** The last day a partial date can mean: "2025-03" was last shown right on 2025-03-31. */
function lastDayOf(date: string): Date {
  const [year = 1970, month, day] = date.split('-').map(Number);
  if (month === undefined) return new Date(Date.UTC(year, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function queueEntry(record: ServiceRecord, checks: readonly CheckEntry[], today: string): QueueEntry {
  const tier = harmTier(record);
  const lastChecked = record.verified.date;
  const phoneDates = record.sources.filter((source) => source.kind === 'phone' && source.date !== UNDATED).map((source) => source.date);
  const lastPhoneCheck = phoneDates.sort().at(-1);
  // An undated listing has never been shown right: it is due at once.
  const dueOn = lastChecked === UNDATED ? '1990-01-01' : isoDay(addMonths(lastDayOf(lastChecked), RECHECK_MONTHS[tier]));
  const soon = isoDay(new Date(Date.parse(today) + DUE_SOON_DAYS * 86_400_000));
  const state: DueState = dueOn < today ? 'overdue' : dueOn <= soon ? 'due' : 'current';
  const attempt = checks.filter((check) => check.id === record.id && (check.outcome === 'no-answer' || check.outcome === 'wrong-number')).at(-1);
  return {
    id: record.id,
    name: record.name,
    organization: record.organization.name,
    tier,
    communityArea: record.location?.communityArea,
    languages: record.languages,
    lastChecked,
    lastPhoneCheck,
    lastAttempt: attempt && (!lastPhoneCheck || attempt.date >= lastPhoneCheck) ? { date: attempt.date, outcome: attempt.outcome } : undefined,
    dueOn,
    state,
    phone: record.phones.find((phone) => phone.kind === 'voice')?.number,
  };
}

/**
 * Every listing still shown, most harmful first and, within a kind, the longest unchecked first: the
 * order in which a curator should call. Closed listings are left out; nobody needs to call them.
 */
export function checkQueue(records: readonly ServiceRecord[], checks: readonly CheckEntry[], today: string): QueueEntry[] {
  return records
    .filter((record) => !isClosedStatus(record.status))
    .map((record) => queueEntry(record, checks, today))
    .sort((a, b) => HARM_TIERS.indexOf(a.tier) - HARM_TIERS.indexOf(b.tier) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}

export function queueCounts(queue: readonly QueueEntry[]): QueueCounts {
  return {
    listings: queue.length,
    overdue: queue.filter((entry) => entry.state === 'overdue').length,
    due: queue.filter((entry) => entry.state === 'due').length,
    neverConfirmed: queue.filter((entry) => entry.lastPhoneCheck === undefined).length,
  };
}

export interface QueueFilter {
  tier?: HarmTier;
  area?: string;
  /** A language code, or "unknown" for listings that do not say which languages they serve. */
  language?: string;
  /** Only the listings due or overdue (the default), or every one. */
  all?: boolean;
}

export function filterQueue<Entry extends Pick<QueueEntry, 'state' | 'tier' | 'communityArea' | 'languages'>>(queue: readonly Entry[], filter: QueueFilter): Entry[] {
  return queue.filter(
    (entry) =>
      (filter.all || entry.state !== 'current') &&
      (!filter.tier || entry.tier === filter.tier) &&
      (!filter.area || entry.communityArea === filter.area) &&
      (!filter.language || (filter.language === 'unknown' ? entry.languages.length === 0 : entry.languages.includes(filter.language))),
  );
}
