import { describe, expect, inject, it } from 'vitest';
import es from '../../src/i18n/locales/es';
import { browserForThisFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('crisis lines above the results', () => {
  it('puts the family support hotline first for a raid, in the reader\'s language, and 988 for suicide', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(`${baseUrl}#lang=es&q=redada`);
    const box = page.locator('.crisis-lines');
    await box.waitFor();
    expect(await box.locator('li').first().getAttribute('data-help-line')).toBe('icirr-family-support-hotline');
    expect(await box.locator('.crisis-call').first().textContent()).toContain(es.safety.helpLines.family);
    expect(await box.locator('a').first().getAttribute('href')).toBe('tel:+18554357693');
    // Before the filters and the list, so it is the first thing read.
    const order = await page.evaluate(() => {
      const crisis = document.querySelector('.crisis-lines');
      const list = document.querySelector('.result-list');
      return crisis && list ? crisis.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/phone-crisis.png' });

    await page.goto(`${baseUrl}#q=${encodeURIComponent('I want to kill myself')}`);
    await expect.poll(() => page.locator('.crisis-lines li').first().getAttribute('data-help-line')).toBe('988-suicide-and-crisis-lifeline');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows no crisis line for an ordinary query', async () => {
    const { page } = await openPage(browser(), baseUrl);
    // Words of crisis first, so the words are loaded when the ordinary queries follow.
    await page.goto(`${baseUrl}#q=raid`);
    await page.locator('.crisis-lines').waitFor();
    const search = page.getByRole('searchbox', { name: 'Search for help' });
    for (const ordinary of ['dentist', 'emergency shelter', 'deportation defense']) {
      await search.fill(ordinary);
      await expect.poll(() => page.locator('.crisis-lines').count(), { message: ordinary }).toBe(0);
    }
    await search.fill('la migra');
    await page.locator('.crisis-lines').waitFor();
    await page.context().close();
  });
});
