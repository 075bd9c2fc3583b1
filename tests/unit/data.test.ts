import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/readDataFiles';
import { CATEGORIES } from '../../src/data/categories';
import { formatProblem, validateDataset } from '../../src/data/validate';

const { files, unreadable } = readDataFiles(process.cwd());
const { records, problems } = validateDataset(files);

describe('the shipped data in data/records', () => {
  it('is all valid', () => {
    expect([...unreadable, ...problems.map(formatProblem)]).toEqual([]);
  });

  it('covers every kind of help, with phone-only hotlines among them', () => {
    expect(records.length).toBeGreaterThanOrEqual(30);
    for (const category of CATEGORIES) {
      expect(records.filter((record) => record.categories.includes(category)).length, category).toBeGreaterThan(0);
    }
    expect(records.some((record) => record.categories.includes('hotline') && !record.location)).toBe(true);
  });

  it('gives every record a dated source and a verified date no newer than its newest source', () => {
    for (const record of records) {
      const newestSource = record.sources.map((source) => source.date).sort().at(-1) ?? '';
      expect(record.verified.date.slice(0, newestSource.length) <= newestSource, record.id).toBe(true);
    }
  });

  it('places most records on the map', () => {
    const mapped = records.filter((record) => record.location?.point);
    expect(mapped.length / records.length).toBeGreaterThan(0.5);
  });
});
