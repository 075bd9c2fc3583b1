import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataProblems } from '../../scripts/dataProblems';
import { readDataFiles } from '../../scripts/readDataFiles';
import { CATEGORIES } from '../../src/data/categories';
import { translationFileSchema } from '../../src/data/schema';
import { formatProblem, validateDataset } from '../../src/data/validate';

const { files, unreadable } = readDataFiles(process.cwd());
const { records, problems } = validateDataset(files);

describe('the shipped data in data/records', () => {
  it('is all valid', () => {
    expect([...unreadable, ...problems.map(formatProblem)]).toEqual([]);
  });

  it('has translations that are all valid, current and true to the numbers of the English', () => {
    expect(dataProblems(process.cwd()).messages).toEqual([]);
  });

  it('gives every legal, shelter and hotline record a Spanish name and description', () => {
    const spanish = translationFileSchema.parse(JSON.parse(readFileSync('data/translations/es.json', 'utf8')));
    const needed = records.filter((record) => record.categories.some((category) => ['legal', 'shelter', 'hotline'].includes(category)));
    expect(needed.length).toBeGreaterThan(100);
    const missing = needed.filter((record) => {
      const translation = spanish.records[record.id];
      return !translation || (record.description !== undefined && translation.description === undefined);
    });
    expect(missing.map((record) => record.id)).toEqual([]);
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
