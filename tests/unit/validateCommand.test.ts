import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { validateDataPlugin } from '../../scripts/validateDataPlugin';
import { fixtureInputs } from '../fixtures/records';

const run = promisify(execFile);

function dataDirWith(records: unknown, fileName = 'legal.json'): string {
  const root = mkdtempSync(join(tmpdir(), 'helpmap-data-'));
  mkdirSync(join(root, 'data', 'records'), { recursive: true });
  writeFileSync(join(root, 'data', 'records', fileName), typeof records === 'string' ? records : JSON.stringify(records));
  return root;
}

const [legal] = fixtureInputs;
const badRecords = [
  { ...legal, name: '' },
  { ...legal, id: 'fixture-far-away', location: { ...legal?.location, point: { latitude: 40.7, longitude: -74, source: 'x' } } },
  { ...legal, id: 'fixture-food-pantry', categories: ['legal', 'astrology'] },
  { ...legal, id: 'fixture-food-pantry' },
];

async function validateCommand(root: string) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/validate-data.ts', root]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error) || !('stdout' in error) || !('stderr' in error)) throw error;
    return { code: error.code, output: `${String(error.stdout)}${String(error.stderr)}` };
  }
}

describe('npm run validate:data', () => {
  it('passes good data and says how much it checked', async () => {
    const { code, output } = await validateCommand(dataDirWith(fixtureInputs));
    expect(code).toBe(0);
    expect(output).toContain('4 records and their translations in 1 data files: all valid.');
  });

  it('fails on bad data, naming the file, record, field and problem of each', async () => {
    const { code, output } = await validateCommand(dataDirWith(badRecords));
    expect(code).toBe(1);
    expect(output).toContain('data/records/legal.json: record "fixture-legal-clinic": name: must not be empty');
    expect(output).toContain('record "fixture-far-away": location.point.latitude: coordinates fall outside the Chicago area');
    expect(output).toContain('record "fixture-food-pantry": categories.1:');
    expect(output).toContain('record "fixture-food-pantry": id: duplicate id, first used in data/records/legal.json');
  });

  it('reports a file that is not JSON instead of crashing', async () => {
    const { code, output } = await validateCommand(dataDirWith('{ not json', 'broken.json'));
    expect(code).toBe(1);
    expect(output).toContain('data/records/broken.json: not valid JSON');
  });
});

describe('the build', () => {
  it('refuses to build with invalid data', async () => {
    const root = dataDirWith(badRecords);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const building = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [validateDataPlugin(root)],
      build: { write: false },
    });
    await expect(building).rejects.toThrow(/Invalid data, nothing was built:[\s\S]*name: must not be empty/);
  });
});
