import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingDetail, submitCheck } from '../../scripts/curate/service';
import { startWorkbench } from '../../scripts/curate/startWorkbench';
import { reportBlock } from '../../src/service/reportBlock';
import { FIXTURE_RECORDS_FILE, fixtureDataFolder } from '../fixtures/dataFolder';
import { browserForThisFile } from './browser';
import { printedText, printToPdf } from './pdf';

const browser = browserForThisFile();
const RECORDS = FIXTURE_RECORDS_FILE;
let root = '';
let workbench: Awaited<ReturnType<typeof startWorkbench>> | undefined;

const recordsText = () => readFileSync(path.join(root, RECORDS), 'utf8');

beforeAll(async () => {
  root = fixtureDataFolder();
  workbench = await startWorkbench({ root, today: '2026-12-03', port: 5190 });
});

afterAll(async () => {
  await workbench?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(hash = '#/'): Promise<Page> {
  if (!workbench) throw new Error('the workbench did not start');
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const origin = new URL(workbench.url).origin;
  await page.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  await page.goto(`${workbench.url}${hash}`);
  return page;
}

describe('the curators workbench', () => {
  it('lists the queue most harmful first with its counts, and filters it', async () => {
    const page = await open();
    await expect.poll(() => page.getByTestId('counts').textContent()).toContain('4 overdue, 0 due within 30 days, 4 never confirmed by phone, of 4 listings');
    const names = await page.locator('.wb-queue tbody tr td:nth-child(2) a').allTextContents();
    expect(names).toEqual(['Fixture Family Helpline', 'Family Shelter Intake', 'Immigration Legal Clinic', 'Neighborhood Food Pantry']);
    await page.getByLabel('Kind').selectOption('legal');
    expect(await page.locator('.wb-queue tbody tr').count()).toBe(1);
    await page.getByLabel('Language').selectOption('unknown');
    expect(await page.locator('.wb-queue caption').textContent()).toBe('0 listings');
    await page.context().close();
  });

  it('checks a listing by phone: a bad value is refused and kept, then the fix is reviewed and saved', async () => {
    const page = await open();
    await page.getByRole('link', { name: 'Immigration Legal Clinic' }).click();
    await page.getByRole('heading', { name: 'Check by phone: Immigration Legal Clinic' }).waitFor();
    expect(await page.locator('.wb-script').textContent()).toMatch(/Chicago Help Map/);
    await page.locator('tr[data-field="phones"] input[value="changed"]').check();
    await page.locator('#changed-phones').fill('312-55');
    await page.getByRole('button', { name: 'Mark every stated fact not yet answered "confirmed"' }).click();
    await page.getByLabel('Checked by (initials)').fill('ab');
    await page.getByRole('button', { name: 'Review the change' }).click();
    await expect.poll(() => page.locator('tr[data-field="phones"] .wb-problem').textContent()).toContain('"312-55" is not a phone number');
    expect(await page.locator('#changed-phones').inputValue()).toBe('312-55');
    expect(await page.locator('tr[data-field="name"] input[value="confirmed"]').isChecked()).toBe(true);

    await page.locator('#changed-phones').fill('(312) 555-0199');
    await page.getByRole('button', { name: 'Review the change' }).click();
    await expect.poll(() => page.locator('.wb-diff pre').textContent()).toContain('+13125550199');
    expect(recordsText()).not.toContain('+13125550199');
    await page.getByRole('button', { name: `Save to ${RECORDS}` }).click();
    await expect.poll(() => page.locator('.wb-diff h2').textContent()).toBe(`Saved to ${RECORDS}`);
    const saved = JSON.parse(recordsText()).find((record: { id: string }) => record.id === 'fixture-legal-clinic');
    expect(saved.phones).toEqual([{ number: '+13125550199', kind: 'voice' }]);
    expect(saved.verified).toEqual({ date: '2026-12-03', method: expect.stringMatching(/^Confirmed by phone with the organization: name, address, phone numbers/) });
    // Stable formatting: two-space JSON ending in a newline, as the file was.
    expect(recordsText()).toBe(`${JSON.stringify(JSON.parse(recordsText()), null, 2)}\n`);
    await page.goto(`${workbench?.url}#/`);
    await expect.poll(() => page.getByTestId('counts').textContent()).toContain('3 overdue');
    await page.context().close();
  });

  it('tells the second curator who saves the same record, and shows both versions', async () => {
    const page = await open('#/check/fixture-food-pantry');
    await page.locator('tr[data-field="hours"] input[value="changed"]').check();
    await page.locator('#changed-hours').fill('Wed 10am-2pm');
    await page.getByLabel('Checked by (initials)').fill('cd');
    // Someone else saves the pantry while this page is open.
    const detail = listingDetail(root, 'fixture-food-pantry');
    const other = { id: 'fixture-food-pantry', version: detail?.version, date: '2026-12-02', initials: 'ef', called: '+17735550102', outcome: 'changed', facts: { hours: { result: 'changed', value: 'Tue 10am-2pm' } } };
    expect(submitCheck(root, other, true).status).toBe('saved');
    await page.getByRole('button', { name: 'Review the change' }).click();
    await page.getByRole('button', { name: /^Save to/ }).click();
    const conflict = page.locator('.wb-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('pre').first().textContent()).toContain('Tue 10am-2pm');
    expect(await conflict.locator('pre').last().textContent()).toContain('Wed 10am-2pm');
    expect(recordsText()).toContain('Tue 10am-2pm');
    await conflict.getByRole('button', { name: /Reload the listing/ }).click();
    await expect.poll(() => page.locator('#changed-hours').inputValue()).toBe('Wed 10am-2pm');
    await page.context().close();
  });

  it('turns a pasted, quoted report into a change to confirm on a call, and refuses a message that is not one', async () => {
    const page = await open('#/report');
    await page.getByLabel(/The whole message/).fill('Hello, the shelter moved?');
    await page.getByRole('button', { name: 'Read the report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This is not a report from the app');

    const block = reportBlock({ kind: 'problem', listing: 'fixture-helpline', field: 'hours', says: 'Open 24 hours, every day' }, '2026-11-30', '0.1.0');
    await page.getByLabel(/The whole message/).fill(`Forwarded:\n${block.split('\n').map((line) => `> ${line}`).join('\n')}`);
    await page.getByRole('button', { name: 'Read the report' }).click();
    const proposal = page.getByRole('region', { name: 'Proposed change' });
    await expect.poll(() => proposal.textContent()).toContain('Open 24 hours, every day');
    await page.getByLabel('The correction (edit it if needed)').fill('24 hours, every day');
    await proposal.getByRole('link', { name: 'Accept: check it on a call' }).click();
    await page.getByRole('heading', { name: /Check by phone: Fixture Family Helpline/ }).waitFor();
    expect(await page.locator('#changed-hours').inputValue()).toBe('24 hours, every day');
    expect(await page.getByLabel(/^Note/).inputValue()).toBe('From a report of 2026-11-30');

    await page.goto(`${workbench?.url}#/report`);
    await page.getByLabel(/The whole message/).fill(reportBlock({ kind: 'problem', listing: 'no-such-listing', field: 'phones', says: '311' }, '2026-11-30', '0.1.0'));
    await page.getByRole('button', { name: 'Read the report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('"no-such-listing", which is not in data/records');
    await page.context().close();
  });

  it('prints a call sheet per listing, and keys the results back in, one sheet after another', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Pick the first 10' }).click();
    await page.getByRole('link', { name: 'Print call sheets' }).click();
    await page.locator('.wb-sheet').first().waitFor();
    const sheets = await page.locator('.wb-sheet h2').allTextContents();
    expect(sheets.length).toBeGreaterThan(1);
    const pdf = await printToPdf(page, 'call-sheets');
    expect(pdf.pages).toBeGreaterThanOrEqual(sheets.length);
    const printed = printedText(pdf);
    for (const [index, name] of sheets.entries()) {
      expect(printed).toContain(`Sheet ${index + 1} of ${sheets.length}`);
      expect(printed).toContain(name);
    }
    expect(pdf.pageTexts.join('')).not.toContain('Print the call sheets');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'key in the results' }).click();
    await expect.poll(() => page.locator('.wb-batch').textContent()).toBe(`Sheet 1 of ${sheets.length}`);
    await page.locator('tr[data-field="name"] input[value="confirmed"]').check();
    await page.getByLabel('Checked by (initials)').fill('gh');
    await page.getByRole('button', { name: 'Review the change' }).click();
    await page.getByRole('button', { name: /^Save to/ }).click();
    await expect.poll(() => page.locator('.wb-batch').textContent()).toBe(`Sheet 2 of ${sheets.length}`);
    await page.context().close();
  });

  it('names the file and line of a record file broken by hand, and leaves it alone', async () => {
    const broken = recordsText().replace('"Neighborhood Food Pantry",', '"Neighborhood Food Pantry",,');
    writeFileSync(path.join(root, RECORDS), broken);
    const page = await open();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/data\/records\/fixture\.json is not valid JSON at line \d+/);
    await page.goto(`${workbench?.url}#/check/fixture-legal-clinic`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('No valid listing "fixture-legal-clinic"');
    expect(recordsText()).toBe(broken);
    await page.context().close();
  });
});

describe('the public build', () => {
  it('holds no workbench code or text', () => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk('dist');
    expect(files.length).toBeGreaterThan(10);
    const text = files.filter((file) => /\.(html|js|css|json|webmanifest|txt)$/.test(file)).map((file) => readFileSync(file, 'utf8'));
    for (const marker of ["Curators' workbench", 'Check by phone', '/api/check', 'wb-sheet', 'Key in results']) {
      expect(text.filter((content) => content.includes(marker))).toEqual([]);
    }
  });
});
