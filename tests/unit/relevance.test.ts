import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadNamesInEveryLanguage } from '../../src/i18n/searchNames';
import { createSearchIndex, loadEverydayWords } from '../../src/search/searchIndex';
import { HELD_OUT_CASES, RELEVANCE_CASES } from '../relevance/cases';
import { CASE_KINDS, CASE_LANGUAGES, type RelevanceCase } from '../relevance/caseTypes';
import { hasRecordConditions, judge, meetsRecordConditions, rightAnswerExists, TOP, type Verdict } from '../relevance/judge';
import { formatHeldOutReport, formatReport, overallPassRate, passRatesBy } from '../relevance/report';
import { shippedGeography, shippedRecords } from '../relevance/shippedData';

// A fixed moment (a Wednesday, noon in Chicago), so what is open and how old a listing counts does not drift.
const NOW = new Date('2026-12-02T18:00:00Z');
const MIN_CASES = 150;
const MIN_PER_LANGUAGE = 10;
const MIN_PASS_RATE = 0.9;
const HELD_OUT_PER_LANGUAGE = 8;

// As the app searches once the first screen is drawn: every language's names and the everyday words loaded.
await Promise.all([loadNamesInEveryLanguage(), loadEverydayWords()]);
const index = createSearchIndex(shippedRecords);
const verdicts = RELEVANCE_CASES.map((relevanceCase) => judge(relevanceCase, index, shippedGeography, NOW));
const overall = overallPassRate(verdicts);
const heldOutCases = new Set<RelevanceCase>(HELD_OUT_CASES);
const heldOut = verdicts.filter((verdict) => heldOutCases.has(verdict.case));

/** Cases of words alone with a right record to find: what a plain text search can be compared on. */
const wordOnly = verdicts.filter(({ case: { near, kind, expected } }) => near === undefined && kind !== 'bad-input' && hasRecordConditions(expected));

function figures(ranks: readonly number[]) {
  return {
    topThree: ranks.filter((rank) => rank <= TOP).length / ranks.length,
    meanReciprocalRank: ranks.reduce((sum, rank) => sum + 1 / rank, 0) / ranks.length,
  };
}

function fuseRank(fuse: Fuse<(typeof shippedRecords)[number]>, relevanceCase: RelevanceCase): number {
  const position = fuse.search(relevanceCase.query).findIndex(({ item }) => meetsRecordConditions(item, null, relevanceCase.expected));
  return position === -1 ? Infinity : position + 1;
}

describe('search relevance on the shipped data, through the pipeline the app runs', () => {
  it(`has at least ${MIN_CASES} cases, ${MIN_PER_LANGUAGE} or more in each of the ten languages, and of every kind`, () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
    for (const language of CASE_LANGUAGES) {
      expect(RELEVANCE_CASES.filter((relevanceCase) => relevanceCase.language === language).length, language).toBeGreaterThanOrEqual(MIN_PER_LANGUAGE);
    }
    for (const kind of CASE_KINDS) expect(RELEVANCE_CASES.some((relevanceCase) => relevanceCase.kind === kind), kind).toBe(true);
  });

  it('asks only for what the data can give: every case has a right answer somewhere, and a distance has a place', () => {
    const withoutPlace = RELEVANCE_CASES.filter(({ near, expected }) => expected.withinMiles !== undefined && near === undefined);
    expect(withoutPlace.map(({ query }) => query)).toEqual([]);
    const unanswerable = RELEVANCE_CASES.filter((relevanceCase) => !rightAnswerExists(relevanceCase, shippedRecords, shippedGeography));
    expect(unanswerable.map(({ language, query, near }) => `[${language}] ${query} ${near ?? ''}`)).toEqual([]);
    const knownIds = new Set(shippedRecords.map((record) => record.id));
    const unknownIds = RELEVANCE_CASES.flatMap(({ expected }) => [...(expected.ids ?? []), ...(expected.notIds ?? [])]).filter((id) => !knownIds.has(id));
    expect(unknownIds).toEqual([]);
  });

  it(`meets ${MIN_PASS_RATE * 100}% of the cases`, () => {
    const byLanguage = passRatesBy(verdicts, CASE_LANGUAGES, ({ case: { language } }) => language);
    const byKind = passRatesBy(verdicts, CASE_KINDS, ({ case: { kind } }) => kind);
    console.log(formatReport(overall, byLanguage, byKind, verdicts));
    expect(verdicts.filter((verdict: Verdict) => verdict.problems.some((problem) => problem.startsWith('threw')))).toEqual([]);
    expect(overall.rate).toBeGreaterThanOrEqual(MIN_PASS_RATE);
  });

  it(`reports the held-out set on its own: ${HELD_OUT_PER_LANGUAGE} cases in each language, one of every kind`, () => {
    console.log(formatHeldOutReport(heldOut));
    expect(heldOut.length).toBe(HELD_OUT_PER_LANGUAGE * CASE_LANGUAGES.length);
    for (const language of CASE_LANGUAGES) {
      const kinds = heldOut.filter(({ case: relevanceCase }) => relevanceCase.language === language).map(({ case: { kind } }) => kind);
      expect(kinds.length, language).toBe(HELD_OUT_PER_LANGUAGE);
      expect(new Set(kinds), language).toEqual(new Set(CASE_KINDS));
    }
  });

  it('does no worse than Fuse.js scanning whole records with its defaults, on the cases of words alone', () => {
    const keys = ['name', 'organization.name', 'description', 'categories', 'services', 'location.communityArea'];
    const wholeRecordScan = new Fuse(shippedRecords, { keys });
    const ours = figures(wordOnly.map(({ rank }) => rank));
    const fuse = figures(wordOnly.map((verdict) => fuseRank(wholeRecordScan, verdict.case)));
    console.log(
      `over ${wordOnly.length} cases of words alone: ours top-3 ${(ours.topThree * 100).toFixed(1)}%, MRR ${ours.meanReciprocalRank.toFixed(3)}; ` +
        `Fuse.js defaults top-3 ${(fuse.topThree * 100).toFixed(1)}%, MRR ${fuse.meanReciprocalRank.toFixed(3)}`,
    );
    expect(wordOnly.length).toBeGreaterThan(0);
    expect(ours.topThree).toBeGreaterThanOrEqual(fuse.topThree);
    expect(ours.meanReciprocalRank).toBeGreaterThanOrEqual(fuse.meanReciprocalRank);
    // Fuse.js scans every record's whole text for each of some 200 queries: seconds, not milliseconds.
  }, 60_000);
});
