import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NEUTRAL_SITE } from '../../src/app/quickExit';
import { en } from '../../src/i18n/en';
import { LOCALES } from '../../src/i18n/locales';
import { browserForThisFile, openPage, stateIn, VIEWPORTS } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

async function stubNeutralSite(page: Page): Promise<void> {
  await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' }));
}

/** Whether quick exit is on screen and is what a tap at its centre reaches (nothing drawn over it). */
async function exitInReach(page: Page): Promise<boolean> {
  const exit = page.locator('.quick-exit');
  const box = await exit.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const onScreen = box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
  const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('.quick-exit') !== null, [x, y]);
  return onScreen && hit;
}

describe('quick exit and the history', () => {
  for (const viewport of ['phone', 'desktop'] as const) {
    it(`keeps quick exit one tap away at every scroll position on a ${viewport}, over the map too`, async () => {
      const { page } = await openPage(browser(), baseUrl, { viewport });
      await page.goto(`${baseUrl}#q=legal&near=60623`);
      await page.locator('.cards article').first().waitFor();
      expect(await exitInReach(page)).toBe(true);
      await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
        document.querySelector('.results-pane')?.scrollTo(0, 100_000);
      });
      expect(await exitInReach(page)).toBe(true);
      if (viewport === 'phone') await page.getByRole('button', { name: en.showMap }).click();
      await page.locator('.leaflet-container').waitFor();
      expect(await exitInReach(page)).toBe(true);
      await page.context().close();
    });
  }

  it('adds no history entry per search step, still moves between list and listing, and leaves nothing for Back', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await stubNeutralSite(page);
    await page.goto(`${baseUrl}#lang=en`);
    await page.locator('.cards article').first().waitFor();
    const start = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: en.searchLabel }).fill('domestic violence');
    await page.getByRole('searchbox', { name: en.place.label }).fill('60623');
    await page.getByRole('button', { name: en.place.set }).click();
    await page.locator('.place-status').getByText(en.place.near('60623')).waitFor();
    await page.getByRole('button', { name: /^Shelter and housing/ }).click();
    await expect.poll(() => stateIn(page.url()).get('cat')).toBe('shelter');
    expect(await page.evaluate(() => history.length)).toBe(start);

    await page.locator('.cards article a[data-card-link]').first().click();
    await page.locator('.details').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await page.goBack();
    await page.locator('.cards').first().waitFor();
    expect(stateIn(page.url()).get('q')).toBe('domestic violence');
    await page.goForward();
    await page.locator('.details').waitFor();

    await page.getByRole('button', { name: en.safety.quickExit }).click();
    await page.waitForURL(NEUTRAL_SITE);
    await page.goBack().catch(() => undefined);
    const back = page.url();
    expect(back).not.toMatch(/q=|near=|id=|cat=/);
    await page.context().close();
  });
});

describe('the first screen after a search', () => {
  for (const viewport of ['phone', 'small'] as const) {
    it(`shows the first result without scrolling at ${VIEWPORTS[viewport].width}x${VIEWPORTS[viewport].height}, in every language`, async () => {
      const { page } = await openPage(browser(), baseUrl, { viewport });
      const below: string[] = [];
      for (const { code } of LOCALES) {
        await page.goto(`${baseUrl}#q=lawyer&near=60623&lang=${code}`);
        const name = page.locator('.cards article [data-card-link]').first();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(code);
        await expect.poll(async () => (await name.boundingBox())?.y ?? -1).toBeGreaterThan(0);
        const box = await name.boundingBox();
        if (!box || box.y + Math.min(box.height, 24) > VIEWPORTS[viewport].height) below.push(`${code} at ${Math.round(box?.y ?? -1)}`);
        // The search stays on the first screen, and what folded away is one tap from it.
        expect(await page.getByRole('searchbox').first().isVisible(), code).toBe(true);
        expect(await page.locator('.filters .phone-fold-toggle').isVisible(), code).toBe(true);
      }
      expect(below).toEqual([]);
      await page.context().close();
    });
  }

  it('opens the folded filters with one tap, and shows everything before a search', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(`${baseUrl}#lang=en`);
    await page.locator('.cards article').first().waitFor();
    expect(await page.locator('.filters .chip').first().isVisible()).toBe(true);
    expect(await page.locator('.filters .phone-fold-toggle').isVisible()).toBe(false);
    await page.goto(`${baseUrl}#q=food&lang=en`);
    await page.locator('.cards article').first().waitFor();
    expect(await page.locator('.filters .chip').first().isVisible()).toBe(false);
    const toggle = page.locator('.filters .phone-fold-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.filters .chip').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('sharing a listing', () => {
  it('offers copy link, text message and WhatsApp where the browser has no share sheet, with only the listing in them', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${baseUrl}#q=abogado&near=60623&lang=es`);
    await page.locator('[data-card-link]').first().click();
    const id = await page.locator('.details').getAttribute('data-record-id');
    const share = page.locator('.share');
    await share.locator('summary').click();
    const link = await share.locator('.share-link').textContent();
    expect(link).toBe(`${new URL(baseUrl).origin}/#lang=es&id=${id}`);
    const whatsApp = (await share.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')) ?? '';
    expect(decodeURIComponent(whatsApp)).toMatch(new RegExp(`^https://wa\\.me/\\?text=.+: ${link}$`));
    expect(whatsApp).not.toMatch(/abogado|60623|near/);
    // Nothing was sent anywhere by opening the choices.
    expect(requests.filter((url) => !url.startsWith(new URL(baseUrl).origin) && !url.startsWith('https://tile.'))).toEqual([]);
  });
});
