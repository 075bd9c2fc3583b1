import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

describe('the map with a keyboard', () => {
  for (const viewport of ['desktop', 'phone'] as const) {
    it(`reaches the map in three key presses after quick exit on a ${viewport}`, async () => {
      const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport });
      await page.goto(`${baseUrl}#cat=legal`);
      await page.locator('.result-count').waitFor();
      for (const stop of [en.safety.quickExit, en.skipToResults, en.skipToMap]) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(stop);
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('#map') !== null);
      expect(await page.locator('.map-pane').isVisible()).toBe(true);
      // From there, the next Tab is on the map's own controls and markers, not 124 stops away.
      await page.locator('.leaflet-container').waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container'))).toBe(true);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps the focus on the markers a cluster opens into when Enter opens it', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const cluster = page.locator('.leaflet-marker-icon.cluster').first();
    await cluster.waitFor();
    // The search words arrive after the first screen and the map may fit once more: press Enter on the settled map.
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length);
    const label = await cluster.getAttribute('aria-label');
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => !document.querySelector(`.leaflet-marker-icon[aria-label="${name}"]`), label);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { marker: element?.classList.contains('leaflet-marker-icon') ?? false, name: element?.getAttribute('aria-label') ?? '' };
    });
    expect(focused.marker, `focus after Enter on "${label}"`).toBe(true);
    expect(focused.name).not.toBe(label);
    expect(await page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length)).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
