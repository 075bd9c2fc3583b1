import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench } from '../../scripts/curate/startWorkbench';
import { writeReview } from '../../scripts/hsds/feed/reviewFile';
import { fixtureDataFolder } from '../fixtures/dataFolder';
import { browserForThisFile } from './browser';

const browser = browserForThisFile();
let root = '';
let workbench: Awaited<ReturnType<typeof startWorkbench>> | undefined;
const source = { name: 'Example 211 export', date: '2026-11-30', url: 'https://example.org/211', service: '5b1e2f3c-0000-5000-8000-000000000001' };

beforeAll(async () => {
  root = fixtureDataFolder();
  writeReview(root, {
    feed: { name: source.name, date: source.date, url: source.url },
    services: 3,
    matched: 2,
    proposals: [
      { kind: 'change', listing: 'fixture-legal-clinic', name: 'Immigration Legal Clinic', field: 'phones', current: '3125550101', proposed: '312-555-9999', source },
      { kind: 'new', name: 'Nueva clínica', organization: 'A new organization', facts: { phones: '3125550777' }, source },
    ],
    ambiguous: [],
  });
  workbench = await startWorkbench({ root, today: '2026-12-03', port: 5191 });
});

afterAll(async () => {
  await workbench?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('feed changes in the workbench', () => {
  it('shows what a feed proposes with its source and date, and accepting opens the check with the change filled in', async () => {
    if (!workbench) throw new Error('the workbench did not start');
    const page = await (await browser().newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const origin = new URL(workbench.url).origin;
    await page.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
    await page.goto(`${workbench.url}#/feeds`);
    const change = page.getByRole('region', { name: 'phones: Immigration Legal Clinic' });
    await expect.poll(() => change.textContent()).toContain('312-555-9999');
    expect(await change.textContent()).toContain('Example 211 export, dated 2026-11-30 (https://example.org/211)');
    expect(await page.getByRole('region', { name: 'New service: Nueva clínica' }).textContent()).toContain('A new organization');
    await change.getByRole('link', { name: 'Accept: check it with the change filled in' }).click();
    await page.getByRole('heading', { name: /Check by phone: Immigration Legal Clinic/ }).waitFor();
    expect(await page.locator('#changed-phones').inputValue()).toBe('312-555-9999');
    expect(await page.getByLabel(/^Note/).inputValue()).toBe('From the feed "Example 211 export" of 2026-11-30');
    await page.context().close();
  });
});
