import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ageGrade } from '../../src/data/freshness';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage, shownCardIds, stateIn } from './browser';
import { defunctRecords, mergedRecords, realRecords } from './realData';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const SCREENSHOTS = 'test-results/screenshots';

const closed = defunctRecords.find((record) => record.closedOn);
const merged = mergedRecords[0];
if (!closed || !merged) throw new Error('The data has no closed or merged listing to test with.');
const [formerId] = merged.formerIds ?? [];

/** How much wider than the window the page has become; 0 when nothing sticks out. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('honest data in a real browser', () => {
  it('opens a shared link to a closed place as "closed on … according to …", never among the results', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#id=${closed.id}`);
    const notice = page.locator('.closed-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(en.freshness.closedTitle);
    expect(text).toContain(closed.name);
    const source = closed.sources.find((candidate) => candidate.fields.includes('status'));
    expect(await notice.locator('a').getAttribute('href')).toBe(source?.url);
    await page.screenshot({ path: `${SCREENSHOTS}/closed-listing.png` });

    await page.goto(`${baseUrl}#q=${encodeURIComponent(closed.name)}`);
    await page.locator('.result-count').waitFor();
    expect(await shownCardIds(page)).not.toContain(closed.id);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('opens a merged listing from the id people shared before the merge', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#id=${formerId ?? ''}`);
    await page.locator(`.details[data-record-id="${merged.id}"]`).waitFor();
    expect(stateIn(page.url()).get('id')).toBe(merged.id);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('says when a place on the print list has closed, instead of dropping it in silence', async () => {
    const { page } = await openPage(browser(), baseUrl);
    const kept = realRecords[0]?.id ?? '';
    await page.goto(`${baseUrl}#pick=${closed.id},${kept}`);
    await page.locator('.closed-picks').waitFor();
    expect(await page.locator('.closed-picks').textContent()).toBe(en.freshness.closedPick(closed.name));
    await page.goto(`${baseUrl}#print=list&pick=${closed.id},${kept}`);
    await page.locator('.closed-picks').waitFor();
    expect(await page.locator('.print-entry').count()).toBe(1);
    await page.context().close();
  });

  it('says how old each listing is, and how old the whole list is', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(baseUrl);
    await page.locator('.cards .verified').first().waitFor();
    const now = new Date();
    const count = (grade: string) => realRecords.filter((record) => ageGrade(record, now) === grade).length;
    const summary = await page.locator('.age-summary').textContent();
    expect(summary).toBe(
      en.freshness.summary({ total: realRecords.length, old: count('old'), aging: count('aging'), undated: count('undated'), recent: count('recent') }),
    );
    const firstAge = (await page.locator('.cards .verified').first().textContent()) ?? '';
    expect(Object.values(en.freshness.kinds).some((kind) => firstAge.startsWith(kind))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-age-lines.png` });
    await page.context().close();
  });

  it('lets no long unbroken text widen a page, on the list, a listing, the rights page and a print-out', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'small' });
    const long = 'x'.repeat(3000);
    const pages: [string, string][] = [
      [`${baseUrl}`, '.cards .card-title'],
      [`${baseUrl}#id=${merged.id}`, '.details h2'],
      [`${baseUrl}#page=rights`, '.rights-page .rights-not-advice'],
      [`${baseUrl}#print=list&pick=${merged.id}`, '.print-entry .print-verified'],
    ];
    for (const [url, selector] of pages) {
      await page.goto(url);
      const target = page.locator(selector).first();
      await target.waitFor();
      await target.evaluate((element, text) => {
        element.textContent = text;
      }, long);
      expect(await overflow(page), url).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
