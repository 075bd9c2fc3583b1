import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { datapackageTables } from '../../scripts/hsds/datapackageTables';
import { exportDataset } from '../../scripts/hsds/exportDataset';
import { proposeFromFeed, type FeedResult } from '../../scripts/hsds/feed/proposeFromFeed';
import { hsdsId } from '../../scripts/hsds/hsdsIds';
import { serviceChecker } from '../../scripts/hsds/validateHsds';
import { FIXTURE_RECORDS_FILE, fixtureDataFolder } from '../fixtures/dataFolder';
import { fixtureRecords } from '../fixtures/records';

const TODAY = '2026-12-04';
const work = mkdtempSync(join(tmpdir(), 'helpmap-hsds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = { records: fixtureRecords, tables: datapackageTables().tables, check: serviceChecker(), today: TODAY };

/** The fixtures exported as the build does, into a folder of their own. */
function exported(name: string): string {
  const folder = join(work, name);
  const { files, problems } = exportDataset(fixtureRecords);
  expect(problems).toEqual([]);
  for (const [file, text] of files) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  return folder;
}

function exportedServices(): Record<string, unknown>[] {
  const folder = exported('services-for-feed');
  return fixtureRecords
    .filter((record) => record.status === 'active' || record.status === 'temporarily-closed')
    .map((record): unknown => JSON.parse(readFileSync(join(folder, 'services', `${hsdsId('service', record.id)}.json`), 'utf8')))
    .filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null);
}

function feedFile(name: string, services: unknown): string {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(services));
  return file;
}

const problemsOf = (result: FeedResult) => (result.ok ? [] : result.problems);

describe('taking in an HSDS feed', () => {
  it('finds no change when the export is taken back in, in the tabular form and as JSON', () => {
    const folder = exported('round-trip');
    for (const path of [folder, join(folder, 'services')]) {
      const result = proposeFromFeed(path, context, { date: TODAY });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      expect(result.review.services).toBeGreaterThan(3);
      expect(result.review.matched).toBe(result.review.services);
      expect(result.review.proposals).toEqual([]);
      expect(result.review.ambiguous).toEqual([]);
    }
  });

  it('proposes exactly a changed phone, a new service and a closure, each sourced to the feed and its date', () => {
    const services = exportedServices();
    const [withPhone, toClose] = services.filter((service) => Array.isArray(service.phones) && service.phones.length === 1);
    if (!withPhone || !toClose || !Array.isArray(withPhone.phones)) throw new Error('fixtures need two services with one phone');
    withPhone.phones = [{ ...withPhone.phones[0], number: '+13125559999' }];
    toClose.status = 'inactive';
    const organizationId = hsdsId('organization', 'A new organization');
    const added = { id: hsdsId('service', 'new-one'), organization_id: organizationId, name: 'Nueva clínica', status: 'active', organization: { id: organizationId, name: 'A new organization', description: 'A new organization' }, phones: [{ id: hsdsId('phone', 'new-one'), number: '+13125550777' }] };
    const result = proposeFromFeed(feedFile('three-changes', [...services, added]), context, { name: 'Example 211 export', date: '2026-11-30', url: 'https://example.org/211' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { proposals } = result.review;
    expect(proposals.map((proposal) => [proposal.kind, 'field' in proposal ? proposal.field : proposal.name])).toEqual(
      expect.arrayContaining([['change', 'phones'], ['closed', toClose.name], ['new', 'Nueva clínica']]),
    );
    expect(proposals).toHaveLength(3);
    const phone = proposals.find((proposal) => proposal.kind === 'change');
    expect(phone).toMatchObject({ current: '3125550101', proposed: '3125559999' });
    expect(phone?.source).toMatchObject({ name: 'Example 211 export', url: 'https://example.org/211' });
    expect(phone?.source.date).toBe(typeof withPhone.assured_date === 'string' ? withPhone.assured_date : '2026-11-30');
  });

  it('lists a service that fits two listings instead of merging it', () => {
    const [first] = exportedServices();
    if (!first) throw new Error('fixtures missing');
    const twin = fixtureRecords.find((record) => hsdsId('service', record.id) === first.id);
    if (!twin) throw new Error('fixtures missing');
    const records = [twin, { ...twin, id: `${twin.id}-second-office`, name: `${twin.name} (second office)` }];
    const result = proposeFromFeed(feedFile('ambiguous', [{ ...first, id: hsdsId('service', 'from-elsewhere'), name: 'Walk-in legal help' }]), { ...context, records }, { date: TODAY });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.review.ambiguous).toEqual([{ service: hsdsId('service', 'from-elsewhere'), name: 'Walk-in legal help', candidates: [twin.id, `${twin.id}-second-office`] }]);
    expect(result.review.proposals).toEqual([]);
  });
});

describe('a bad feed is refused, naming entity, id and field', () => {
  const [service] = exportedServices();
  if (!service) throw new Error('fixtures missing');
  const id = String(service.id);

  it('refuses duplicate ids, ids that are not UUIDs, dates in the future and a service without an organization', () => {
    expect(problemsOf(proposeFromFeed(feedFile('duplicate', [service, { ...service, name: 'Another' }]), context))).toContain(`service ${id}: id: also used by a different service (service #1)`);
    expect(problemsOf(proposeFromFeed(feedFile('not-uuid', [{ ...service, phones: [{ id: 'phone-1', number: '+13125550101' }] }]), context))).toContain(`phone phone-1 in service ${id}: id: not a UUID`);
    expect(problemsOf(proposeFromFeed(feedFile('future', [{ ...service, assured_date: '2030-01-01' }]), context))).toContain(`service ${id}: assured_date: 2030-01-01 is after today (${TODAY})`);
    const orphan = Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'organization' && key !== 'organization_id'));
    expect(problemsOf(proposeFromFeed(feedFile('orphan', [orphan]), context)).join('\n')).toContain(`service ${id}: organization: the service names no organization`);
  });

  it('reports a 20 MB feed of bad services one by one, refuses a JSON file over 48 MB before reading it, and a CSV file with a missing column', () => {
    const copies = Math.ceil((21 * 1024 * 1024) / JSON.stringify(service).length);
    const bad = feedFile('twenty-megabytes', Array.from({ length: copies }, (_, index) => ({ ...service, id: `bad-${index}` })));
    expect(statSync(bad).size).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const reported = problemsOf(proposeFromFeed(bad, context));
    expect(reported.filter((problem) => /^service bad-\d+: id: not a UUID$/.test(problem))).toHaveLength(copies);
    const big = join(work, 'big.json');
    writeFileSync(big, `[${' '.repeat(49 * 1024 * 1024)}]`);
    expect(problemsOf(proposeFromFeed(big, context))[0]).toMatch(/^big\.json is 49\.0 MB, over the 48 MB a JSON feed may be/);
    const folder = exported('missing-column');
    const phones: string[][] = parse(readFileSync(join(folder, 'phones.csv'), 'utf8'));
    const column = phones[0]?.indexOf('number') ?? -1;
    expect(column).toBeGreaterThan(-1);
    writeFileSync(join(folder, 'phones.csv'), stringify(phones.map((cells) => cells.filter((_, at) => at !== column))));
    expect(problemsOf(proposeFromFeed(folder, context))).toEqual(['phones.csv: the column "number" is missing']);
  });

  it('writes nothing to data/ from the command, refused or not; proposals go to review/hsds/', () => {
    const root = fixtureDataFolder();
    try {
      const before = readFileSync(join(root, FIXTURE_RECORDS_FILE), 'utf8');
      const run = (feed: string) => {
        try {
          return { code: 0, out: execFileSync('npx', ['tsx', 'scripts/import-hsds.ts', feed, '--data', root, '--today', TODAY, '--date', '2026-11-30'], { encoding: 'utf8', stdio: 'pipe' }) };
        } catch (error) {
          return { code: 1, out: error instanceof Error && 'stderr' in error ? String(error.stderr) : '' };
        }
      };
      const refused = run(feedFile('refused-by-command', [{ ...service, assured_date: '2030-01-01' }]));
      expect(refused).toMatchObject({ code: 1 });
      expect(refused.out).toContain('nothing was written');
      expect(existsSync(join(root, 'review'))).toBe(false);
      const taken = run(feedFile('taken-by-command', [{ ...service, email: 'new@example.org' }]));
      expect(taken.out).toContain('Proposed: 1 changes, 0 new services, 0 closures, in review/hsds/taken-by-command-2026-11-30.json');
      expect(JSON.parse(readFileSync(join(root, 'review/hsds/taken-by-command-2026-11-30.json'), 'utf8'))).toMatchObject({ proposals: [{ kind: 'change', field: 'email', proposed: 'new@example.org' }] });
      expect(readFileSync(join(root, FIXTURE_RECORDS_FILE), 'utf8')).toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
