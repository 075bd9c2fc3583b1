import type { ServiceRecord } from '../../src/data/schema';
import { DEFAULT_STATE } from '../../src/filters/searchState';
import { selectResults } from '../../src/filters/selectResults';
import { distanceMetres, METRES_PER_MILE, type LatLng } from '../../src/geo/distance';
import { resolvePlace, type Geography } from '../../src/geo/place';
import { crisisLinesFor } from '../../src/search/crisis';
import type { SearchIndex } from '../../src/search/searchIndex';
import type { Expected, RelevanceCase } from './caseTypes';

export const TOP = 3;

export interface Verdict {
  case: RelevanceCase;
  pass: boolean;
  /** Position (from 1) of the first record meeting the record conditions; Infinity when none does. */
  rank: number;
  /** Why it failed, for the list of failing cases. */
  problems: string[];
  /** The ids of the top 3, to see at a glance what came instead. */
  top: string[];
}

export function hasRecordConditions(expected: Expected): boolean {
  const { categories, services, ids, languages, communityArea, withinMiles } = expected;
  return [categories, services, ids, languages, communityArea, withinMiles].some((condition) => condition !== undefined);
}

/** Whether one record meets every stated record condition; `metres` is its distance from the place, null without one. */
export function meetsRecordConditions(record: ServiceRecord, metres: number | null, expected: Expected): boolean {
  const { categories, services, ids, languages, communityArea, withinMiles } = expected;
  return (
    (!categories || categories.some((category) => record.categories.includes(category))) &&
    (!services || services.some((service) => record.services.includes(service))) &&
    (!ids || ids.includes(record.id)) &&
    (!languages || languages.some((code) => record.languages.some((language) => language.split('-')[0] === code))) &&
    (!communityArea || record.location?.communityArea === communityArea) &&
    (withinMiles === undefined || (metres !== null && metres <= withinMiles * METRES_PER_MILE))
  );
}

export function originOf(relevanceCase: RelevanceCase, geography: Geography): LatLng | null | 'not-found' {
  if (relevanceCase.near === undefined) return null;
  const lookup = resolvePlace(relevanceCase.near, geography);
  return lookup.ok ? lookup.place : 'not-found';
}

function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** Runs one case through what the app runs (the place box, then selectResults) and checks what it expects. */
export function judge(relevanceCase: RelevanceCase, index: SearchIndex, geography: Geography, now: Date): Verdict {
  const { query, near, expected } = relevanceCase;
  const origin = originOf(relevanceCase, geography);
  if (origin === 'not-found') return { case: relevanceCase, pass: false, rank: Infinity, problems: [`place "${near ?? ''}" not understood`], top: [] };
  const selected = attempt(() => selectResults(index, { ...DEFAULT_STATE, query, near: near ?? '' }, now, origin).results);
  if (!selected.ok) return { case: relevanceCase, pass: false, rank: Infinity, problems: [`threw ${selected.error}`], top: [] };
  const results = selected.value;
  const position = results.findIndex((result) => meetsRecordConditions(result.record, result.distanceMetres, expected));
  const rank = position === -1 ? Infinity : position + 1;
  const top = results.slice(0, TOP).map((result) => result.record.id);
  const lines = crisisLinesFor(query);
  const problems = [
    hasRecordConditions(expected) && rank > TOP ? `no right answer in the top ${TOP} (first at ${rank})` : '',
    expected.notIds && top.some((id) => expected.notIds?.includes(id)) ? 'a record it must not show is in the top 3' : '',
    expected.crisisLine && lines[0] !== expected.crisisLine ? `help line ${lines[0] ?? 'none'} first, not ${expected.crisisLine}` : '',
    expected.noCrisisLine && lines.length > 0 ? `shows help line ${lines.join(', ')}` : '',
    expected.nonEmpty && results.length === 0 ? 'empty list' : '',
  ].filter((problem) => problem !== '');
  return { case: relevanceCase, pass: problems.length === 0, rank, problems, top };
}

/** A record anywhere in the data that would be a right answer: a case without one tests nothing. */
export function rightAnswerExists(relevanceCase: RelevanceCase, records: readonly ServiceRecord[], geography: Geography): boolean {
  const origin = originOf(relevanceCase, geography);
  if (origin === 'not-found') return false;
  if (!hasRecordConditions(relevanceCase.expected)) return true;
  return records.some((record) => {
    const point = record.location?.point;
    const metres = origin && point ? distanceMetres(origin, point) : null;
    return meetsRecordConditions(record, metres, relevanceCase.expected);
  });
}
