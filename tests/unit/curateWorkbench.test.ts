import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceRecordSchema } from '../../src/data/schema';
import { checkQueue, filterQueue, queueCounts } from '../../scripts/curate/queue';
import { RECHECK_MONTHS } from '../../scripts/curate/policy';
import { listingDetail, submitCheck, workbenchState } from '../../scripts/curate/service';
import { loadStore } from '../../scripts/curate/recordStore';
import { fixtureDataFolder } from '../fixtures/dataFolder';
import { fixtureInputs, fixtureRecords } from '../fixtures/records';

const run = promisify(execFile);
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(records: unknown[] = fixtureInputs): string {
  const root = fixtureDataFolder(records);
  folders.push(root);
  return root;
}

const readRecords = (root: string): unknown => JSON.parse(readFileSync(path.join(root, 'data/records/fixture.json'), 'utf8'));

function baseCheck(root: string, id: string) {
  const detail = listingDetail(root, id);
  if (!detail) throw new Error(`no ${id}`);
  return { id, version: detail.version, date: '2026-12-01', initials: 'ab', called: '+13125550101', facts: {}, outcome: 'confirmed' as const };
}

describe('the check queue', () => {
  it('puts hotlines, then shelter intake, then legal help first, and the longest unchecked first within each', () => {
    const older = serviceRecordSchema.parse({ ...fixtureInputs[0], id: 'older-clinic', sources: [{ ...fixtureInputs[0]?.sources[0], date: '2019-05-01' }], verified: { date: '2019-05-01', method: 'x' } });
    const queue = checkQueue([...fixtureRecords, older], [], '2026-12-03');
    expect(queue.map((entry) => entry.id)).toEqual(['fixture-helpline', 'fixture-family-shelter', 'older-clinic', 'fixture-legal-clinic', 'fixture-food-pantry']);
    expect(queue.map((entry) => entry.tier)).toEqual(['hotline', 'shelter', 'legal', 'legal', 'other']);
  });

  it('counts what is overdue, due within 30 days and never confirmed by phone, by the policy of each kind', () => {
    // The clinic's source is dated 2025-06-01; legal help is re-checked every 6 months.
    expect(RECHECK_MONTHS.legal).toBe(6);
    const clinic = fixtureRecords.filter((record) => record.id === 'fixture-legal-clinic');
    expect(checkQueue(clinic, [], '2025-11-15')[0]?.state).toBe('due');
    expect(checkQueue(clinic, [], '2025-10-01')[0]?.state).toBe('current');
    expect(checkQueue(clinic, [], '2025-12-02')[0]?.state).toBe('overdue');
    expect(queueCounts(checkQueue(fixtureRecords, [], '2026-12-03'))).toEqual({ listings: 4, overdue: 4, due: 0, neverConfirmed: 4 });
  });

  it('filters by kind, community area and language, and finds the listings that name no language', () => {
    const queue = checkQueue(fixtureRecords, [], '2026-12-03');
    expect(filterQueue(queue, { tier: 'legal' }).map((entry) => entry.id)).toEqual(['fixture-legal-clinic']);
    expect(filterQueue(queue, { area: 'Albany Park' }).map((entry) => entry.id)).toEqual(['fixture-food-pantry']);
    expect(filterQueue(queue, { language: 'es' }).map((entry) => entry.id)).toEqual(['fixture-legal-clinic']);
    expect(filterQueue(queue, { language: 'unknown' })).toHaveLength(3);
  });
});

describe('a phone check', () => {
  it('is saved to the record file, logged, and read back as confirmed by phone on the day of the call', () => {
    const root = dataFolder();
    const check = {
      ...baseCheck(root, 'fixture-legal-clinic'),
      outcome: 'changed' as const,
      facts: { name: { result: 'confirmed' as const }, phones: { result: 'changed' as const, value: '(312) 555-0199 ext 4 — Intake' }, hours: { result: 'not-asked' as const } },
    };
    const preview = submitCheck(root, check, false);
    expect(preview.status).toBe('preview');
    expect(preview.status === 'preview' && preview.diff).toContain('+ {"number":"+13125550199","kind":"voice","extension":"4","label":"Intake"}');
    expect(readRecords(root)).toEqual(fixtureInputs);

    expect(submitCheck(root, check, true).status).toBe('saved');
    const saved = loadStore(root).records.find((stored) => stored.record.id === 'fixture-legal-clinic')?.record;
    expect(saved?.verified).toEqual({ date: '2026-12-01', method: 'Confirmed by phone with the organization: name, phone numbers' });
    expect(saved?.phones).toEqual([{ number: '+13125550199', kind: 'voice', extension: '4', label: 'Intake' }]);
    expect(saved?.sources.at(-1)).toEqual({ name: 'Phone call with the organization at 312-555-0101', url: 'tel:+13125550101', date: '2026-12-01', kind: 'phone', fields: ['name', 'phones'] });
    // The older source no longer vouches for the number it gave.
    expect(saved?.sources[0]?.fields).toEqual(['name', 'location']);
    expect(saved?.curatedFields).toEqual(['phones']);
    const { queue } = workbenchState(root, '2026-12-03');
    expect(queue.find((entry) => entry.id === 'fixture-legal-clinic')).toMatchObject({ lastPhoneCheck: '2026-12-01', state: 'current' });
    expect(JSON.parse(readFileSync(path.join(root, 'data/checks.json'), 'utf8'))).toEqual([
      { id: 'fixture-legal-clinic', date: '2026-12-01', initials: 'AB', outcome: 'changed', called: '+13125550101', facts: { name: 'confirmed', phones: 'changed', hours: 'not-asked' } },
    ]);
  });

  it('refuses a bad value, naming the field, and writes nothing', () => {
    const root = dataFolder();
    const check = { ...baseCheck(root, 'fixture-legal-clinic'), outcome: 'changed' as const, facts: { phones: { result: 'changed' as const, value: '312-55' } } };
    const result = submitCheck(root, check, true);
    expect(result).toEqual({ status: 'invalid', problems: [{ field: 'facts.phones', message: '"312-55" is not a phone number (312-555-0100, 211, or a text code)' }] });
    const badLanguage = submitCheck(root, { ...check, facts: { languages: { result: 'changed', value: 'Spanish' } } }, true);
    expect(badLanguage.status === 'invalid' && badLanguage.problems[0]?.field).toBe('languages.0');
    expect(readRecords(root)).toEqual(fixtureInputs);
  });

  it('tells the second of two curators saving the same record, and shows both versions', () => {
    const root = dataFolder();
    const first = { ...baseCheck(root, 'fixture-food-pantry'), outcome: 'changed' as const, facts: { hours: { result: 'changed' as const, value: 'Tue 10am-2pm' } } };
    const second = { ...first, initials: 'cd', facts: { hours: { result: 'changed' as const, value: 'Wed 10am-2pm' } } };
    expect(submitCheck(root, first, true).status).toBe('saved');
    const result = submitCheck(root, second, true);
    expect(result.status).toBe('conflict');
    expect(result.status === 'conflict' && JSON.stringify(result.theirs)).toContain('Tue 10am-2pm');
    expect(result.status === 'conflict' && JSON.stringify(result.yours)).toContain('Wed 10am-2pm');
    expect(JSON.stringify(readRecords(root))).toContain('Tue 10am-2pm');
  });

  it('moves a listing to its new address with a point from the street grid', () => {
    const root = dataFolder();
    const check = { ...baseCheck(root, 'fixture-legal-clinic'), outcome: 'moved' as const, facts: { location: { result: 'changed' as const, value: '2570 S. Blue Island Ave, Chicago, IL 60608' } } };
    expect(submitCheck(root, check, true).status).toBe('saved');
    const moved = loadStore(root).records.find((stored) => stored.record.id === 'fixture-legal-clinic')?.record;
    expect(moved?.location).toMatchObject({ street: '2570 S. Blue Island Ave', zip: '60608', communityArea: 'Lower West Side' });
    expect(moved?.location?.point?.source).toMatch(/street-grid geocoder/);
  });

  it('closes a listing, and logs a call nobody answered without touching the record', () => {
    const root = dataFolder();
    expect(submitCheck(root, { ...baseCheck(root, 'fixture-food-pantry'), outcome: 'no-answer' }, true).status).toBe('saved');
    expect(readRecords(root)).toEqual(fixtureInputs);
    expect(workbenchState(root, '2026-12-03').queue.find((entry) => entry.id === 'fixture-food-pantry')?.lastAttempt).toEqual({ date: '2026-12-01', outcome: 'no-answer' });
    expect(submitCheck(root, { ...baseCheck(root, 'fixture-food-pantry'), outcome: 'closed' }, true).status).toBe('saved');
    const closed = loadStore(root).records.find((stored) => stored.record.id === 'fixture-food-pantry')?.record;
    expect(closed?.status).toBe('defunct');
    expect(workbenchState(root, '2026-12-03').queue.map((entry) => entry.id)).not.toContain('fixture-food-pantry');
  });

  it('names the file and line of a record file broken by hand, and will not overwrite it', () => {
    const root = dataFolder();
    const check = { ...baseCheck(root, 'fixture-food-pantry'), outcome: 'confirmed' as const, facts: { name: { result: 'confirmed' as const } } };
    const broken = readFileSync(path.join(root, 'data/records/fixture.json'), 'utf8').replace('"Neighborhood Food Pantry",', '"Neighborhood Food Pantry",,');
    writeFileSync(path.join(root, 'data/records/fixture.json'), broken);
    const line = broken.split('\n').findIndex((text) => text.includes(',,')) + 1;
    expect(workbenchState(root, '2026-12-03').problems[0]).toMatch(new RegExp(`^data/records/fixture\\.json is not valid JSON at line ${line}, column \\d+`));
    expect(submitCheck(root, check, true).status).toBe('refused');
    expect(readFileSync(path.join(root, 'data/records/fixture.json'), 'utf8')).toBe(broken);
  });
});

describe('npm run curate:report', () => {
  const script = path.resolve('scripts/curate-report.ts');
  const tsx = path.resolve('node_modules/.bin/tsx');

  it('prints the counts and exits 0, or 1 with --fail-if-overdue when more are overdue', async () => {
    const root = dataFolder();
    const report = await run(tsx, [script, '--today', '2026-12-03'], { cwd: root });
    expect(report.stdout).toContain('Check queue on 2026-12-03: 4 listings shown; 4 overdue, 0 due within 30 days, 4 never confirmed by phone.');
    expect(report.stdout).toContain('Hotlines and crisis lines (re-checked every 3 months): 1 listings, 1 overdue');
    await expect(run(tsx, [script, '--today', '2026-12-03', '--fail-if-overdue', '4'], { cwd: root })).resolves.toBeDefined();
    const failed = await run(tsx, [script, '--today', '2026-12-03', '--fail-if-overdue', '3'], { cwd: root }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('4 listings are overdue, more than the 3 allowed.') });
  });
});
