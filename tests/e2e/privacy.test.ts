import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage, policyViolations, stateIn } from './browser';

const baseUrl = inject('baseUrl');
const appOrigin = new URL(baseUrl).origin;
const TILE_ORIGIN = 'https://tile.openstreetmap.org';
const browser = browserForThisFile();
const SLOW = { timeout: 15_000 };

/** Every origin the page asked anything of, with how many requests each got. */
function countByOrigin(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    counts.set(origin, (counts.get(origin) ?? 0) + 1);
  });
  return counts;
}

/** Search, filter, a place by ZIP, details, the print view, and the rights and privacy pages. */
async function fullJourney(page: Page): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('.cards article').first().waitFor();
  await page.getByRole('searchbox', { name: en.searchLabel }).fill('abogado');
  await expect.poll(() => stateIn(page.url()).get('q')).toBe('abogado');
  await page.locator('.chip--filter', { hasText: new RegExp(`^${en.featureNames.free} \\d`) }).click();
  await expect.poll(() => stateIn(page.url()).get('need')).toBe('free');
  await page.getByRole('searchbox', { name: 'Near' }).fill('60608');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.place-status').textContent(), SLOW).toContain(en.place.near('60608'));
  const first = page.locator('[data-card-link]').first();
  const id = await first.getAttribute('data-card-link');
  await first.click();
  await page.locator(`.details[data-record-id="${id}"]`).waitFor();
  await page.getByRole('button', { name: en.details.back }).click();
  await page.getByRole('button', { name: en.print.printResults }).click();
  await page.locator('.print-entry').first().waitFor();
  await page.goto(`${baseUrl}#page=rights`);
  await page.locator('.rights-page h2').first().waitFor();
  await page.goto(`${baseUrl}#page=privacy`);
  await page.getByRole('heading', { name: en.privacy.title }).waitFor();
}

describe('privacy: what leaves the device', () => {
  it('over a full journey asks nothing of any site but the app and the tile server, sets no cookie, stores no search', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    const byOrigin = countByOrigin(page);
    await fullJourney(page);

    expect([...byOrigin.keys()].sort()).toEqual([appOrigin, TILE_ORIGIN].sort());
    expect(byOrigin.get(TILE_ORIGIN)).toBeGreaterThan(0);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    expect(stored).toEqual({ local: [], session: [] });
    // The search and the place lived only after the #, which is never sent: no request carried them.
    expect(pageErrors).toEqual([]);
    expect(await policyViolations(page)).toEqual([]);
  });

  it('with map images off, asks nothing of any other site at all', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    await page.getByLabel(en.map.tilesOff).check();
    // Counting starts with the next visit, the first one made with the choice already set.
    await page.goto('about:blank');
    const byOrigin = countByOrigin(page);
    await fullJourney(page);
    expect([...byOrigin.keys()]).toEqual([appOrigin]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['helpmap.tiles']);
    expect(await policyViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('never puts the search or the place in a request the server sees', async () => {
    const { page, appRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#q=abogado&near=60608`);
    await page.locator('.cards article').first().waitFor();
    await expect.poll(() => page.locator('.place-status').textContent(), SLOW).toContain(en.place.near('60608'));
    for (const url of appRequests) {
      expect(url).not.toContain('abogado');
      expect(url).not.toContain('60608');
    }
  });

  it('keeps the chosen language, map setting and print list, and "Clear everything" removes them all', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    await page.locator('.cards article').first().waitFor();
    await page.getByLabel(en.map.tilesOff).check();
    const firstId = await page.locator('.cards article').first().getAttribute('data-record-id');
    await page.locator('.cards article').first().getByRole('button', { name: en.print.addToList }).click();
    await page.locator('.language-switcher select').selectOption('es');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');

    // A new visit, with a bare link: the choices come back.
    await page.goto('about:blank');
    await page.goto(baseUrl);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => stateIn(page.url()).get('pick')).toBe(firstId);
    await page.locator('.map-pane input[type="checkbox"]').waitFor();
    expect(await page.locator('.map-pane input[type="checkbox"]').isChecked()).toBe(true);

    await page.goto(`${baseUrl}#lang=en&page=privacy`);
    const kept = page.getByTestId('kept-now');
    await expect.poll(() => kept.textContent()).toContain(en.privacy.storedChoices.printList);
    expect(await kept.textContent()).toContain(en.privacy.storedChoices.tilesOff);
    await page.getByRole('button', { name: en.privacy.clear }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: en.privacy.cleared }).count()).toBe(1);
    expect(await kept.textContent()).toBe(en.privacy.storedNothing);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    await page.goto('about:blank');
    await page.goto(baseUrl);
    await page.locator('.cards article').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(stateIn(page.url()).get('pick')).toBeNull();
    expect(await page.locator('.map-pane input[type="checkbox"]').isChecked()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('links built from data are only https, http, tel or mailto (and the share text message), and external ones share no referrer', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal`);
    const id = await page.locator('[data-card-link]').first().getAttribute('data-card-link');
    await page.goto(`${baseUrl}#cat=legal&id=${id}`);
    await page.locator('.details').waitFor();
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', target: anchor.getAttribute('target'), rel: anchor.getAttribute('rel') ?? '' })),
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const scheme = new URL(link.href, baseUrl).protocol;
      // The one sms: link is the share's text message, which carries the listing's own link and nothing else.
      if (scheme === 'sms:') expect(decodeURIComponent(link.href)).toMatch(new RegExp(`^sms:\\?&body=.+: ${baseUrl}/?#lang=en&id=${id}$`));
      else expect(['https:', 'http:', 'tel:', 'mailto:']).toContain(scheme);
      if (link.target === '_blank') expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
  });

  it('the server sends a strict Content-Security-Policy and no referrer, and the page keeps to them', async () => {
    const { page } = await openPage(browser(), baseUrl);
    const response = await page.goto(baseUrl);
    const headers = response?.headers() ?? {};
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`img-src 'self' data: ${TILE_ORIGIN}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await page.locator('.leaflet-marker-icon').first().waitFor();
    // A script written into the page the way an injection would be is refused, and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => Reflect.get(window, 'injected') === true)).toBe(false);
    await expect.poll(async () => (await policyViolations(page)).length).toBeGreaterThan(0);
    for (const violation of await policyViolations(page)) expect(violation).toMatch(/^script-src/);
  });
});
