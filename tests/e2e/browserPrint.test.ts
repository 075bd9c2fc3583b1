import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage } from './browser';
import { printedText, printToPdf } from './pdf';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

/** Words only the screen has: the search box, the buttons, the skip link. */
const SCREEN_ONLY = [en.searchLabel, en.print.printResults, en.reports.share.share, en.skipToResults];

describe('Ctrl+P, the way most people print', () => {
  it('prints the whole results handout, not the screen: every result, no controls, no map tiles', async () => {
    const { page, tileRequests, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal`);
    await page.locator('.leaflet-marker-icon').first().waitFor();
    const shown = Number(/^\d+/.exec((await page.locator('.result-count').textContent()) ?? '')?.[0]);
    expect(shown).toBeGreaterThan(20);
    expect(await page.locator('.cards article').count()).toBeLessThan(shown);
    const tilesBefore = tileRequests.length;

    await page.emulateMedia({ media: 'print' });
    await page.locator('.browser-print .print-entry').first().waitFor();
    expect(await page.locator('.browser-print .print-entry').count()).toBe(shown);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.map-pane').isVisible()).toBe(false);
    const pdf = await printToPdf(page, 'ctrl-p-results');
    const text = printedText(pdf);
    expect(text).toContain(en.print.titles.results);
    expect(text).toContain('Filters: Legal help');
    expect(text).toContain(`${shown}.`);
    for (const words of SCREEN_ONLY) expect(text).not.toContain(words);
    expect(tileRequests.length).toBe(tilesBefore);

    await page.emulateMedia({ media: 'screen' });
    await page.locator('.browser-print').waitFor({ state: 'detached' });
    expect(await page.locator('.cards article').first().isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('on a listing prints that listing as a handout', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(`${baseUrl}#q=immigration`);
    await page.locator('[data-card-link]').first().click();
    const name = (await page.locator('.details h2').textContent()) ?? '';
    await page.emulateMedia({ media: 'print' });
    await page.locator('.browser-print .print-entry').first().waitFor();
    expect(await page.locator('.browser-print .print-entry').count()).toBe(1);
    const pdf = await printToPdf(page, 'ctrl-p-listing');
    const text = printedText(pdf);
    expect(text).toContain(name.replace(/\s+/g, ' '));
    for (const words of SCREEN_ONLY) expect(text).not.toContain(words);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pageErrors).toEqual([]);
  });

  it('printing while the listings are still loading says so on paper instead of a blank page', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.route(/\/assets\/listings-[\w-]{8}\.js$/, () => new Promise(() => undefined));
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    const pdf = await printToPdf(page, 'ctrl-p-loading');
    expect(printedText(pdf)).toContain('Still loading.');
    expect(pdf.pages).toBe(1);
  });
});
