import { describe, expect, inject, it } from 'vitest';
import ar from '../../src/i18n/locales/ar';
import es from '../../src/i18n/locales/es';
import pl from '../../src/i18n/locales/pl';
import { LOCALES } from '../../src/i18n/locales';
import { browserForThisFile, openPage, stateIn } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('interface languages', () => {
  it("follows the browser's language, and the switcher puts the choice in the address", async () => {
    const { page, pageErrors, appRequests } = await openPage(browser(), baseUrl, { locale: 'es-MX' });
    await page.goto(baseUrl);
    await page.getByRole('searchbox', { name: es.searchLabel }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // Only the chosen language is fetched: its catalog and its record translations.
    const otherLanguages = LOCALES.map(({ code }) => code).filter((code) => code !== 'es' && code !== 'en');
    const fetchedLanguages = appRequests.filter((url) => otherLanguages.some((code) => new URL(url).pathname.startsWith(`/assets/lang/${code}-`)));
    expect(fetchedLanguages).toEqual([]);
    expect(appRequests.filter((url) => new URL(url).pathname.startsWith('/assets/lang/es-')).length).toBeGreaterThanOrEqual(1);

    await page.getByLabel(es.languageSwitcher, { exact: true }).selectOption('pl');
    await page.getByRole('searchbox', { name: pl.searchLabel }).waitFor();
    expect(stateIn(page.url()).get('lang')).toBe('pl');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await page.reload();
    await page.getByRole('searchbox', { name: pl.searchLabel }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('mirrors the page for Arabic but keeps the map left to right', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=ar`);
    await page.getByRole('searchbox', { name: ar.searchLabel }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.map-frame').getAttribute('dir')).toBe('ltr');

    // Addresses, phone numbers and English text keep their own order inside the right-to-left page.
    await page.goto(`${baseUrl}#lang=ar&id=enlace-cala-legal-clinic`);
    const details = page.locator('.details');
    await details.locator('bdi[dir="ltr"]', { hasText: '2756 S. Harding Ave' }).waitFor();
    await details.locator('.phones bdi[dir="ltr"]', { hasText: '773-542-9233' }).waitFor();
    await details.locator('h2 bdi[lang="en"]', { hasText: 'Enlace Chicago free community legal clinic' }).waitFor();
    const firstWordsInOrder = await details.locator('bdi[dir="ltr"]', { hasText: '2756 S. Harding Ave' }).first().evaluate((element) => {
      const range = document.createRange();
      const text = element.firstChild;
      if (!text) return false;
      range.setStart(text, 0);
      range.setEnd(text, 4);
      const number = range.getBoundingClientRect();
      range.setStart(text, 8);
      range.setEnd(text, 15);
      const street = range.getBoundingClientRect();
      return number.left < street.left;
    });
    expect(firstWordsInOrder).toBe(true);
    expect(await page.locator('.back-arrow').evaluate((arrow) => getComputedStyle(arrow).transform)).not.toBe('none');
    expect(pageErrors).toEqual([]);
  });

  it('shows Spanish record text where there is some, and marks English where there is not', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?lang=es&id=enlace-cala-legal-clinic`);
    const details = page.locator('.details');
    await details.locator('h2', { hasText: 'Clínica legal comunitaria gratuita de Enlace Chicago' }).waitFor();
    // The name people will see on the door and hear on the phone stays at hand.
    expect(await details.locator('.english-name [lang="en"]').textContent()).toBe('Enlace Chicago free community legal clinic (with CALA)');
    expect(await details.locator('.in-english').count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}#lang=es&id=cpl-albany-park-library`);
    const title = page.locator('.details h2');
    await title.locator('[lang="en"]', { hasText: 'Albany Park Library' }).waitFor();
    expect(await title.locator('.in-english').textContent()).toBe(es.inEnglish);
    expect(pageErrors).toEqual([]);
  });

  it("names the map's controls and markers in the chosen language, and renames them on a switch", async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=es&cat=legal`);
    await page.getByRole('button', { name: es.map.zoomIn }).waitFor();
    await page.getByRole('button', { name: es.map.zoomOut }).waitFor();
    const marker = page.locator('.leaflet-marker-icon.marker[data-record-id="enlace-cala-legal-clinic"]');
    const cluster = page.locator('.leaflet-marker-icon.cluster').first();
    await cluster.or(marker).first().waitFor();
    while ((await marker.count()) === 0) {
      await page.getByRole('button', { name: es.map.zoomIn }).click();
    }
    expect(await marker.getAttribute('aria-label')).toMatch(/^\d+\. Clínica legal comunitaria gratuita de Enlace Chicago/);
    await marker.click();
    await page.locator('.leaflet-popup').waitFor();
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe(es.map.closePopup);

    await page.getByLabel(es.languageSwitcher, { exact: true }).selectOption('ar');
    await page.getByRole('button', { name: ar.map.zoomIn }).waitFor();
    await page.locator('.leaflet-marker-icon.marker[aria-label*="Enlace Chicago free community legal clinic"]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('falls back to English for a language nobody translated or a hostile value', async () => {
    const { page, pageErrors, dialogs } = await openPage(browser(), baseUrl, { locale: 'sw-KE' });
    for (const lang of ['xx', '<script>alert(1)</script>']) {
      await page.goto(`${baseUrl}#lang=${encodeURIComponent(lang)}`);
      await page.getByRole('searchbox', { name: 'Search for help' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    }
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
