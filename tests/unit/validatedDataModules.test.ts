import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { validateDataset } from '../../src/data/validate';
import type { ServiceRecord } from '../../src/data/schema';
import { readCheckedJson } from '../../scripts/checkedJson';
import { listingsModule, listingsSource } from '../../scripts/validatedDataModules';
import { fixtureInputs } from '../fixtures/records';

/** Runs a generated module the way the browser would, and returns its default export. */
async function run(code: string): Promise<unknown> {
  const module: { default: unknown } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.default;
}

const { records: fixtureRecords } = validateDataset([{ file: 'fixture', content: fixtureInputs }]);

/** Many records from one import: the same source, check date and point source on each. */
function oneImport(count: number): ServiceRecord[] {
  const [first] = fixtureRecords;
  if (!first) throw new Error('fixtures missing');
  const source = {
    name: 'City of Chicago, Family and Support Services Delegate Agencies, release of 2015-10-07',
    url: 'https://data.cityofchicago.org/d/jmw7-ijg5',
    date: '2015-10-07',
    kind: 'city-list' as const,
    fields: ['name' as const, 'location' as const, 'phones' as const],
  };
  const verified = { date: '2015-10-07', method: 'City dataset: DFSS delegate agencies, release of October 2015' };
  return Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `site-${index}`,
    name: `Site ${index}`,
    description: `Service number ${index * 7919} for the ${index % 2 ? 'north' : 'south'} side.`,
    sources: [{ ...source, fields: [...source.fields] }],
    verified: { ...verified },
  }));
}

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function dataFolder(files: Record<string, unknown>): string {
  root = mkdtempSync(path.join(tmpdir(), 'helpmap-listings-'));
  mkdirSync(path.join(root, 'data/records'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, 'data/records', name), JSON.stringify(content));
  return root;
}

describe('the listings module the browser gets', () => {
  it('gives back exactly the validated records, whether or not shared values are sent once', async () => {
    const shared = oneImport(300);
    const sharedCode = listingsModule(shared);
    expect(sharedCode).toContain('const shared =');
    expect(await run(sharedCode)).toEqual(shared);

    const plain = listingsModule(fixtureRecords);
    expect(plain).not.toContain('const shared =');
    expect(await run(plain)).toEqual(fixtureRecords);
  });

  it('holds every file in file-name order, after validation fills in defaults', async () => {
    const [first, second, third] = fixtureInputs;
    if (!first || !second || !third) throw new Error('fixtures missing');
    const folder = dataFolder({ 'b.json': [third], 'a.json': [first, second] });
    const { code, files, problems } = listingsSource(folder);
    expect(problems).toEqual([]);
    expect(files).toEqual(['data/records/a.json', 'data/records/b.json']);
    const records = await run(code);
    expect(records).toEqual(validateDataset([{ file: 'x', content: [first, second, third] }]).records);
  });

  it('names the file, record and field of a bad record, so the build stops', () => {
    const [first, second] = fixtureInputs;
    if (!first || !second) throw new Error('fixtures missing');
    const folder = dataFolder({ 'a.json': [first, { ...second, website: 'javascript:alert(1)' }], 'b.json': [first] });
    const { problems } = listingsSource(folder);
    expect(problems).toContain(`data/records/a.json: record "${second.id}": website: expected an http or https address`);
    expect(problems.some((problem) => problem.startsWith(`data/records/b.json: record "${first.id}": id: duplicate id`))).toBe(true);
  });
});

describe('a checked data file', () => {
  const schema = z.object({ zip: z.string().check(z.regex(/^\d{5}$/)) });

  it('gives the schema output, or names the file and the field that is wrong', () => {
    const folder = dataFolder({});
    writeFileSync(path.join(folder, 'good.json'), '{"zip":"60608"}');
    writeFileSync(path.join(folder, 'wrong.json'), '{"zip":"6060"}');
    writeFileSync(path.join(folder, 'broken.json'), '{"zip":');
    expect(readCheckedJson(folder, 'good.json', schema)).toEqual({ data: { zip: '60608' } });
    const wrong = readCheckedJson(folder, 'wrong.json', schema);
    expect('problem' in wrong && wrong.problem.startsWith('wrong.json: zip: ')).toBe(true);
    const broken = readCheckedJson(folder, 'broken.json', schema);
    expect('problem' in broken && broken.problem.startsWith('broken.json: not readable JSON')).toBe(true);
  });
});
