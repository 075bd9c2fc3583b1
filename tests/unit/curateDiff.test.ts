import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diffRecords, formatDiff } from '../../scripts/curate/recordDiff';

const run = promisify(execFile);
const SCRIPT = resolve('scripts/curate-diff.ts');
const TSX = resolve('node_modules/.bin/tsx');

const clinic = { id: 'clinic', name: 'Clinic', phones: [{ number: '+13125550100' }], description: 'Free help. '.repeat(30) + 'Walk in on Mondays.' };
const pantry = { id: 'pantry', name: 'Pantry', status: 'active' };
const shelter = { id: 'shelter', name: 'Shelter' };

describe('what changed in the listings', () => {
  const before = new Map([['data/records/a.json', [clinic, pantry, shelter]]]);
  const after = new Map([
    [
      'data/records/a.json',
      [
        { ...clinic, phones: [{ number: '+13125550199' }], description: 'Free help. '.repeat(30) + 'Walk in on Tuesdays.' },
        { ...pantry, status: 'defunct' },
        { id: 'new-line', name: 'New line' },
      ],
    ],
  ]);
  const changes = diffRecords(before, after);

  it('names each new, changed, closed and removed listing, and each changed field', () => {
    expect(changes.map(({ kind, id, fields }) => [kind, id, fields.map(({ field }) => field)])).toEqual([
      ['changed', 'clinic', ['phones', 'description']],
      ['new', 'new-line', []],
      ['closed', 'pantry', ['status']],
      ['removed', 'shelter', []],
    ]);
  });

  it('shows a list as the items taken out and put in, and a long text where it differs', () => {
    const text = formatDiff(changes, 'main');
    expect(text).toContain('Since main: 1 new, 1 changed, 1 closed, 0 reopened, 1 removed.');
    expect(text).toContain('    - {"number":"+13125550100"}\n    + {"number":"+13125550199"}');
    expect(text).toMatch(/before: ….*Walk in on Mondays\./);
    expect(text).toMatch(/after: {2}….*Walk in on Tuesdays\./);
  });
});

describe('npm run curate:diff', () => {
  it('compares the records at a git ref with the working tree', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'helpmap-diff-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
    mkdirSync(join(repo, 'data', 'records'), { recursive: true });
    writeFileSync(join(repo, 'data', 'records', 'a.json'), JSON.stringify([clinic]));
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(join(repo, 'data', 'records', 'a.json'), JSON.stringify([{ ...clinic, name: 'Clinic East' }]));
    const { stdout } = await run(TSX, [SCRIPT, 'HEAD'], { cwd: repo });
    expect(stdout).toContain('CHANGED clinic (data/records/a.json): Clinic East');
    expect(stdout).toContain('before: Clinic');
    await expect(run(TSX, [SCRIPT, 'no-such-ref'], { cwd: repo })).rejects.toMatchObject({ code: 2 });
  });
});
