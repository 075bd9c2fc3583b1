import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/readDataFiles';
import type { ServiceRecord } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { createSearchIndex } from '../../src/search/searchIndex';
import { RELEVANCE_QUERIES, type Expected } from '../relevance/queries';

// The listings the app searches: defunct ones are never among results.
const records = validateDataset(readDataFiles(process.cwd()).files).records.filter((record) => record.status !== 'defunct');
const index = createSearchIndex(records);

function isGood(record: ServiceRecord, expected: Expected): boolean {
  return (
    (!expected.categories || expected.categories.some((c) => record.categories.includes(c))) &&
    (!expected.services || expected.services.some((s) => record.services.includes(s))) &&
    (!expected.ids || expected.ids.includes(record.id)) &&
    (!expected.languages || expected.languages.some((code) => record.languages.some((l) => l.split('-')[0] === code))) &&
    (!expected.communityArea || record.location?.communityArea === expected.communityArea) &&
    (!expected.organizationIncludes || record.organization.name.includes(expected.organizationIncludes))
  );
}

function ranksOf(search: (query: string) => (ServiceRecord | undefined)[]) {
  return RELEVANCE_QUERIES.map(({ query, expected }) => {
    const position = search(query).findIndex((record) => record !== undefined && isGood(record, expected));
    return { query, rank: position === -1 ? Infinity : position + 1 };
  });
}

function figures(ranks: { rank: number }[]) {
  return {
    topThree: ranks.filter(({ rank }) => rank <= 3).length / ranks.length,
    meanReciprocalRank: ranks.reduce((sum, { rank }) => sum + 1 / rank, 0) / ranks.length,
  };
}

const ranks = ranksOf((query) => Array.from(index.search(query), (doc) => index.records[doc]));

describe('search relevance on the shipped data', () => {
  it(`covers at least 60 queries in 6 languages (${RELEVANCE_QUERIES.length})`, () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_QUERIES.map((q) => q.language)).size).toBeGreaterThanOrEqual(6);
  });

  it('puts a right answer in the top 3 for at least 90% of queries', () => {
    const { topThree, meanReciprocalRank } = figures(ranks);
    console.log(`relevance: top-3 hit rate ${(topThree * 100).toFixed(1)}%, MRR ${meanReciprocalRank.toFixed(3)} over ${ranks.length} queries`);
    expect(ranks.filter(({ rank }) => rank > 3)).toEqual([]);
    expect(topThree).toBeGreaterThanOrEqual(0.9);
  });

  it('does no worse than Fuse.js scanning whole records with its defaults', () => {
    const keys = ['name', 'organization.name', 'description', 'categories', 'services', 'location.communityArea'];
    const wholeRecordScan = new Fuse(records, { keys });
    const ours = figures(ranks);
    const fuse = figures(ranksOf((query) => wholeRecordScan.search(query).map(({ item }) => item)));
    console.log(`Fuse.js defaults on the same queries: top-3 hit rate ${(fuse.topThree * 100).toFixed(1)}%, MRR ${fuse.meanReciprocalRank.toFixed(3)}`);
    expect(ours.topThree).toBeGreaterThanOrEqual(fuse.topThree);
    expect(ours.meanReciprocalRank).toBeGreaterThanOrEqual(fuse.meanReciprocalRank);
  });
});
