import { CATEGORIES, SERVICE_TAGS, categoryOfService, type ServiceTag } from '../data/categories';
import type { ServiceRecord } from '../data/schema';
import { VENUES } from '../data/vocabulary';
import type { Concept } from './synonyms';

/** What each record offers, as numbers, so meeting a need is a few bit operations per record. */
export interface RecordNeeds {
  categoryBits: Int32Array;
  serviceIds: Uint8Array[];
  areas: (string | undefined)[];
  languages: string[][];
  /** 0 for a place that helps; otherwise 1 + the venue's position in VENUES. */
  venues: Uint8Array;
}

/** A need compiled against the vocabulary, to test records against it quickly. */
export interface CompiledNeed {
  categoryBits: number;
  /** 1 for each service the need names, for matching. */
  named: Uint8Array;
  /** 1 for each service the need names or that falls under its categories, for ranking the closer answers first. */
  related: Uint8Array;
  areas: readonly string[];
  /** Bit (1 << venue code) for each venue that meets the need. */
  venueBits: number;
  /** Courts and government offices do not meet it ("lawyer" is not a court). */
  helpOnly: boolean;
  /** 1 for each service the word asks for by name ("asylum" among immigration services), empty when none. */
  preferred: Uint8Array | null;
}

const SERVICE_ID = new Map<ServiceTag, number>(SERVICE_TAGS.map((tag, id) => [tag, id]));

function categoryBitsOf(categories: readonly string[]): number {
  return CATEGORIES.reduce((bits, category, bit) => (categories.includes(category) ? bits | (1 << bit) : bits), 0);
}

export function recordNeeds(records: readonly ServiceRecord[]): RecordNeeds {
  return {
    categoryBits: Int32Array.from(records, (record) => categoryBitsOf(record.categories)),
    serviceIds: records.map((record) => Uint8Array.from(record.services, (service) => SERVICE_ID.get(service) ?? 0)),
    areas: records.map((record) => record.location?.communityArea),
    languages: records.map((record) => [...new Set(record.languages.map((code) => code.split('-')[0] ?? code))]),
    venues: Uint8Array.from(records, (record) => (record.venue ? VENUES.indexOf(record.venue) + 1 : 0)),
  };
}

export function compileNeed(concept: Concept): CompiledNeed {
  const named = new Uint8Array(SERVICE_TAGS.length);
  const related = new Uint8Array(SERVICE_TAGS.length);
  SERVICE_TAGS.forEach((tag, id) => {
    if (concept.services?.includes(tag)) named[id] = 1;
    if (named[id] || concept.categories?.includes(categoryOfService(tag))) related[id] = 1;
  });
  return {
    categoryBits: categoryBitsOf(concept.categories ?? []),
    named,
    related,
    areas: concept.communityAreas ?? [],
    venueBits: (concept.venues ?? []).reduce((bits, venue) => bits | (1 << (VENUES.indexOf(venue) + 1)), 0),
    helpOnly: concept.helpOnly === true,
    preferred: concept.preferred ? Uint8Array.from(SERVICE_TAGS, (tag) => (concept.preferred?.includes(tag) ? 1 : 0)) : null,
  };
}

/** How many of the record's services the need relates to, or -1 when the record does not meet it. */
export function specificityFor(needs: RecordNeeds, doc: number, need: CompiledNeed): number {
  const venue = needs.venues[doc] ?? 0;
  if (need.helpOnly && venue !== 0) return -1;
  let meets = ((needs.categoryBits[doc] ?? 0) & need.categoryBits) !== 0 || (venue !== 0 && (need.venueBits & (1 << venue)) !== 0);
  if (!meets && need.areas.length > 0) meets = need.areas.includes(needs.areas[doc] ?? '');
  let specificity = 0;
  for (const id of needs.serviceIds[doc] ?? []) {
    if (need.named[id]) meets = true;
    if (need.related[id]) specificity += 1;
  }
  return meets ? specificity : -1;
}

/** Whether the record is the kind of place the need names: "immigration court" is first of all the court. */
export function isNamedVenue(needs: RecordNeeds, doc: number, need: CompiledNeed): boolean {
  const venue = needs.venues[doc] ?? 0;
  return venue !== 0 && (need.venueBits & (1 << venue)) !== 0;
}

/** Whether the record offers a service the word names exactly ("asylum", "food pantry"). */
export function offersPreferred(needs: RecordNeeds, doc: number, need: CompiledNeed): boolean {
  const preferred = need.preferred;
  if (!preferred) return false;
  for (const id of needs.serviceIds[doc] ?? []) if (preferred[id]) return true;
  return false;
}

export function isOnlyLanguage(concept: Concept): boolean {
  return concept.languages !== undefined && !concept.categories && !concept.services && !concept.communityAreas && !concept.venues;
}
