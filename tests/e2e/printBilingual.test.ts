import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import ar from '../../src/i18n/locales/ar';
import { browserForThisFile, openPage } from './browser';
import { printToPdf, qrCodesOnPages } from './pdf';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('a handout in two languages', () => {
  it('gives the second language its own dates, numbers and direction, and keeps the nearest first', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal&near=60623&print=results&with=ar`);
    await page.locator('.print-second bdi[lang="ar"]').first().waitFor();

    // The Arabic half is set apart right-to-left, so it keeps its order inside an English line.
    const directions = await page.locator('.print-second bdi').evaluateAll((parts) => parts.map((part) => `${part.getAttribute('lang')}:${part.getAttribute('dir')}`));
    expect(directions.length).toBeGreaterThan(10);
    expect(new Set(directions)).toEqual(new Set(['ar:rtl']));

    // The date printed, and each distance, are written the Arabic way in the Arabic half.
    const expected = await page.evaluate(() => {
      const today = new Date().toISOString().slice(0, 10);
      const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
      const utc = new Date(Date.UTC(year, month - 1, day));
      const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
      return { en: new Intl.DateTimeFormat('en-US', options).format(utc), ar: new Intl.DateTimeFormat('ar', options).format(utc) };
    });
    const meta = (await page.locator('.print-meta').first().textContent()) ?? '';
    expect(meta).toContain(en.print.printedOn(expected.en));
    expect(meta).toContain(ar.print.printedOn(expected.ar));
    expect(expected.ar).not.toBe(expected.en);

    const distances = await page.locator('.print-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(10);
    const miles = distances.map((line) => Number(/^([\d.]+) mi/.exec(line)?.[1]));
    const arabicMiles = await page.evaluate(
      (values) => values.map((value) => new Intl.NumberFormat('ar', { style: 'unit', unit: 'mile', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)),
      miles,
    );
    expect(distances).toEqual(miles.map((value, index) => `${en.place.away(`${value} mi`)} / ${ar.place.away(arabicMiles[index] ?? '')}`));
    expect(arabicMiles[0]).not.toContain(' mi');
    // With a place and no words the list runs nearest first, as on screen.
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("opens each entry's code in the handout's first language, not the second", async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=es&print=list&pick=enlace-cala-legal-clinic,211-metro-chicago&with=ar`);
    await page.locator('.print-second bdi[lang="ar"]').first().waitFor();
    const links = await page.locator('.print-entry .print-link').allTextContents();
    expect(links).toEqual([expect.stringMatching(/#lang=es&id=enlace-cala-legal-clinic$/), expect.stringMatching(/#lang=es&id=211-metro-chicago$/)]);
    const pdf = await printToPdf(page, 'bilingual-es-ar');
    const codes = qrCodesOnPages(pdf).flat();
    for (const link of links) expect(codes).toContain(link);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('fits four entries a page with the second language alongside, on the area directory', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#print=area&area=60640&with=ar`);
    await page.locator('.print-second bdi[lang="ar"]').first().waitFor();
    const entries = await page.locator('.print-entry').count();
    expect(entries).toBeGreaterThan(20);
    const pdf = await printToPdf(page, 'bilingual-area');
    expect(entries / pdf.pages, `${entries} entries on ${pdf.pages} pages`).toBeGreaterThanOrEqual(4);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
