import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ar from '../../src/i18n/locales/ar';
import es from '../../src/i18n/locales/es';
import pl from '../../src/i18n/locales/pl';
import { launchBrowser, openPage, stateIn } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('interface languages', () => {
  it("follows the browser's language, and the switcher puts the choice in the address", async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl, { locale: 'es-MX' });
    await page.goto(baseUrl);
    await page.getByRole('searchbox', { name: es.searchLabel }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');

    await page.getByLabel(es.languageSwitcher, { exact: true }).selectOption('pl');
    await page.getByRole('searchbox', { name: pl.searchLabel }).waitFor();
    expect(stateIn(page.url()).get('lang')).toBe('pl');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await page.reload();
    await page.getByRole('searchbox', { name: pl.searchLabel }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('mirrors the page for Arabic but keeps the map left to right', async () => {
    const { page, pageErrors } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#lang=ar`);
    await page.getByRole('searchbox', { name: ar.searchLabel }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.map-frame').getAttribute('dir')).toBe('ltr');
    expect(pageErrors).toEqual([]);
  });

  it('falls back to English for a language nobody translated or a hostile value', async () => {
    const { page, pageErrors, dialogs } = await openPage(browser, baseUrl, { locale: 'fr-FR' });
    for (const lang of ['xx', '<script>alert(1)</script>']) {
      await page.goto(`${baseUrl}#lang=${encodeURIComponent(lang)}`);
      await page.getByRole('searchbox', { name: 'Search for help' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    }
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
