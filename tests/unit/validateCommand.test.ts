import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { validateDataPlugin } from '../../scripts/validateDataPlugin';
import { fixtureInputs } from '../fixtures/records';

const run = promisify(execFile);

/** A data folder with these records, and the project's own geography and rights files. */
function dataDirWith(records: unknown, fileName = 'legal.json'): string {
  const root = mkdtempSync(join(tmpdir(), 'helpmap-data-'));
  mkdirSync(join(root, 'data', 'records'), { recursive: true });
  cpSync('data/geo', join(root, 'data', 'geo'), { recursive: true });
  cpSync('data/rights', join(root, 'data', 'rights'), { recursive: true });
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
    expect(output).toContain('4 records and their translations in 6 data files: all valid.');
  });

  it('fails on bad data, naming the file, record, field and problem of each', async () => {
    const { code, output } = await validateCommand(dataDirWith(badRecords));
    expect(code).toBe(1);
    expect(output).toContain('data/records/legal.json: record "fixture-legal-clinic": name: must not be empty');
    expect(output).toContain('record "fixture-far-away": location.point.latitude: coordinates fall outside the Chicago area');
    expect(output).toContain('record "fixture-food-pantry": categories.1:');
    expect(output).toContain('record "fixture-food-pantry": id: duplicate id, first used in data/records/legal.json');
  });

  it('gives a bad record one message, not a second one about its translation', async () => {
    const root = dataDirWith([{ ...legal, name: 'Clinic \uD800' }, ...fixtureInputs.slice(1)]);
    mkdirSync(join(root, 'data', 'translations'));
    const translation = { name: 'Clínica', description: 'Consultas gratis.', of: '00000000' };
    writeFileSync(join(root, 'data', 'translations', 'es.json'), JSON.stringify({ locale: 'es', method: 'Test.', date: '2025', records: { 'fixture-legal-clinic': translation } }));
    const { code, output } = await validateCommand(root);
    expect(code).toBe(1);
    expect(output).toContain('record "fixture-legal-clinic": name: has a broken character (a lone UTF-16 surrogate)');
    expect(output).not.toContain('no record has this id');
    expect(output).toContain('1 problem(s)');
  });

  it('checks the rights statements and the geography files as well as the records', async () => {
    const root = dataDirWith(fixtureInputs);
    const rightsFile = join(root, 'data', 'rights', 'rights.json');
    const rights = JSON.parse(readFileSync(rightsFile, 'utf8'));
    rights.sections[0].statements[0].source.date = '2031';
    rights.sections[0].statements[0].text.en = 'x'.repeat(70);
    writeFileSync(rightsFile, JSON.stringify(rights));
    writeFileSync(join(root, 'data', 'geo', 'streets.json'), '{ "st": "not a table" }');
    writeFileSync(join(root, 'data', 'geo', 'nearby-places.json'), '{ "v": 1, "places": [] }');
    const { code, output } = await validateCommand(root);
    expect(code).toBe(1);
    expect(output).toContain('data/rights/rights.json: sections.0.statements.0.text.en: has a run of more than 60 characters without a space');
    expect(output).toContain('sections.0.statements.0.source.date: is in the future');
    expect(output).toMatch(/data\/geo\/streets\.json: /);
    expect(output).toMatch(/data\/geo\/nearby-places\.json: source: /);
  });

  it('checks the curators\' leads file, naming the lead and field', async () => {
    const root = dataDirWith(fixtureInputs);
    const lead = { name: 'A 2017 clinic', kind: 'legal help', sources: [{ name: 'NAI list (undated)', url: 'https://example.org/nai', date: 'undated', kind: 'directory' }] };
    writeFileSync(join(root, 'data', 'leads.json'), JSON.stringify({ about: 'Test leads.', leads: [lead] }));
    const { code, output } = await validateCommand(root);
    expect(code).toBe(1);
    expect(output).toContain('data/leads.json: leads.0.reason:');
  });

  it('refuses a point outside the ZIP its record states', async () => {
    const location = legal?.location && { ...legal.location, point: { ...legal.location.point, latitude: 41.95, longitude: -87.66, source: 'x' } };
    const { code, output } = await validateCommand(dataDirWith([{ ...legal, location }]));
    expect(code).toBe(1);
    expect(output).toContain('record "fixture-legal-clinic": location.point: the point 41.95,-87.66 is not inside ZIP 60608');
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
