import type { ServiceRecord } from '../../src/data/schema';

/** How much harm a wrong listing does, most first: a dead crisis line or shelter intake strands someone tonight. */
export const HARM_TIERS = ['hotline', 'shelter', 'legal', 'other'] as const;

export type HarmTier = (typeof HARM_TIERS)[number];

/**
 * How often each kind of listing must be confirmed again, in months: the one place that says so. 211
 * services re-check every agency once a year; lines and shelter intake change more often, and matter most.
 */
export const RECHECK_MONTHS: Readonly<Record<HarmTier, number>> = { hotline: 3, shelter: 3, legal: 6, other: 12 };

/** A listing comes due this many days before its re-check date, so a caller can plan the week. */
export const DUE_SOON_DAYS = 30;

export const TIER_NAMES: Readonly<Record<HarmTier, string>> = {
  hotline: 'Hotlines and crisis lines',
  shelter: 'Shelter intake',
  legal: 'Legal help',
  other: 'Everything else',
};

export function harmTier(record: Pick<ServiceRecord, 'categories' | 'services'>): HarmTier {
  if (record.categories.includes('hotline')) return 'hotline';
  if (record.categories.includes('shelter') || record.services.includes('shelter-intake')) return 'shelter';
  if (record.categories.includes('legal')) return 'legal';
  return 'other';
}
