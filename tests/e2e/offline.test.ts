import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NEUTRAL_SITE } from '../../src/app/quickExit';
import { en } from '../../src/i18n/en';
import ar from '../../src/i18n/locales/ar';
import es from '../../src/i18n/locales/es';
import { browserForThisFile, openPage, policyViolations, stateIn } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();
const SLOW = { timeout: 20_000 };

/** Waits until the offline copy is installed and holds this visit's language files too. */
async function offlineCopyReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const names = await caches.keys();
          const languages = names.includes('helpmap-languages') ? await (await caches.open('helpmap-languages')).keys() : [];
          return languages.length;
        }),
      SLOW,
    )
    // The interface, the listings' translations and the rights, in Spanish.
    .toBeGreaterThanOrEqual(3);
}

/** Runs in the page before its scripts: sets window.earlyScriptRan once the early script has run (a module script fires "load" then). */
function recordEarlyScriptRun() {
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLScriptElement && /\/assets\/early-[\w-]{8}\.js$/.test(event.target.src)) Reflect.set(window, 'earlyScriptRan', true);
    },
    true,
  );
}

/**
 * A phone-sized page where only the early script arrives, as on a slow network: index.html's frame is
 * all there is. Resolves once the early script has run; fails on any error in the page.
 */
async function frameOnly(search: string, locale = 'en-US'): Promise<Page> {
  const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone', locale });
  await page.addInitScript(recordEarlyScriptRun);
  await page.route(/\/assets\/(?!early-)[^/]+\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto(`${baseUrl}${search}`);
  await page.waitForFunction(() => Reflect.get(window, 'earlyScriptRan') === true);
  expect(pageErrors).toEqual([]);
  return page;
}

describe('offline, after one visit', () => {
  it('can be installed: the page links a manifest whose icons and start page exist', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest: unknown = await page.evaluate(async (url): Promise<unknown> => (await fetch(url)).json(), href ?? '');
    if (typeof manifest !== 'object' || manifest === null) throw new Error('The manifest is not a JSON object.');
    expect(manifest).toMatchObject({ name: 'Chicago Help Map', start_url: '/', display: 'standalone' });
    const icons: unknown = Reflect.get(manifest, 'icons');
    const sizes = Array.isArray(icons) ? icons.map((icon) => String(Reflect.get(icon, 'sizes'))) : [];
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of Array.isArray(icons) ? icons : []) {
      const response = await page.request.get(new URL(String(Reflect.get(icon, 'src')), baseUrl).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });

  it('reloads with no network, in Spanish, and still searches, opens details and prints', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { serviceWorkers: true, locale: 'es-US' });
    await page.goto(baseUrl);
    await page.locator('.cards article').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await offlineCopyReady(page);
    // Nothing still loading from the first visit may be cut off by the switch to offline.
    await page.waitForLoadState('networkidle');

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('.cards article').first().waitFor();
    // Debian's Chromium 150 forgets the offline emulation for the reloaded document (navigator.onLine reads
    // true) while still refusing the network; setting it again tells the new page, as a real loss of signal would.
    await page.context().setOffline(false);
    await page.context().setOffline(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.offline-notice').textContent()).toBe(es.offline.notice);
    expect(await page.locator('.site-footer').textContent()).toMatch(/Información|Datos|\d{4}/);

    const everything = await page.locator('.result-count').textContent();
    await page.getByRole('searchbox', { name: es.searchLabel }).fill('abogado');
    await expect.poll(() => stateIn(page.url()).get('q')).toBe('abogado');
    await expect.poll(() => page.locator('.result-count').textContent()).not.toBe(everything);
    await page.locator('.notario-warning').waitFor();
    await page.locator('[data-card-link]').first().click();
    await expect.poll(() => stateIn(page.url()).get('id')).not.toBeNull();
    const details = page.locator(`.details[data-record-id="${stateIn(page.url()).get('id')}"]`);
    await details.waitFor();
    expect(await details.locator('h2, h3').first().textContent()).not.toBe('');

    await page.goto(`${baseUrl}#lang=es&q=abogado&print=results`);
    await page.locator('.print-entry').first().waitFor();
    expect(await page.locator('.print-entry').count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}#lang=es&page=rights`);
    await page.locator('.rights-page h2').first().waitFor();
    expect(await page.locator('.rights-page').getAttribute('lang')).toBeNull();
    expect(await page.locator('.rights-page h1').textContent()).toBe(es.safety.rights);

    await page.context().setOffline(false);
    await page.goto(baseUrl);
    await page.locator('.cards article').first().waitFor();
    expect(await page.locator('.offline-notice').count()).toBe(0);
    expect(await policyViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('with a damaged offline copy and no network, says so clearly instead of showing a blank page', async () => {
    const { page } = await openPage(browser(), baseUrl, { serviceWorkers: true });
    await page.goto(baseUrl);
    await page.locator('.cards article').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const removed = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (/\/assets\/listings-[\w-]{8}\.js/.test(request.url) && (await cache.delete(request))) count += 1;
        }
      }
      return count;
    });
    expect(removed).toBe(1);

    await page.context().setOffline(true);
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.error.title);
    expect(await page.getByRole('button', { name: en.error.reload }).count()).toBe(1);
  });
});

describe('on a slow connection', () => {
  it('shows the page frame with quick exit while the listings are still loading', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/listings-[\w-]{8}\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.locator('.loading-shell').getByRole('status').filter({ hasText: en.loadingDirectory }).waitFor();
    expect(await page.getByRole('button', { name: en.safety.quickExit }).count()).toBe(1);
    expect(await page.locator('.cards').count()).toBe(0);
    release();
    await page.locator('.cards article').first().waitFor();
    expect(await page.locator('.loading-shell').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('leaves from the loading frame when Escape is pressed twice, before the listings arrive', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.route(/\/assets\/listings-[\w-]{8}\.js$/, () => new Promise(() => undefined));
    await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(`${baseUrl}?q=asylum`, { waitUntil: 'commit' });
    await page.locator('.loading-shell').getByRole('status').filter({ hasText: en.loadingDirectory }).waitFor();
    const historyBefore = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  it('runs the early script on its own, while the app’s code is still on its way', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Every other script is held back: the early script must arrive and run without any of them.
    await page.route(/\/assets\/(?!early-)[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const early = page.waitForResponse(/\/assets\/early-[\w-]{8}\.js$/);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const response = await early;
    expect(await response.text()).not.toMatch(/\bimport\b/);
    const scripts = await page.locator('script[type="module"]').evaluateAll((elements) =>
      elements.map((element) => `${element.getAttribute('src') ?? ''}${element.hasAttribute('async') ? ' async' : ''}`),
    );
    expect(scripts[0]).toBe(`${new URL(response.url()).pathname} async`);
    expect(scripts[1]).toMatch(/^\/assets\/index-[\w-]{8}\.js$/);
    release();
    await page.locator('.cards article').first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('offers quick exit from the first paint, before any script has arrived', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.route(/\.js$/, (route) => route.abort('connectionfailed'));
    await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(baseUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.safety.quickExit);
    const quickExit = page.getByRole('link', { name: en.safety.quickExit });
    expect(await quickExit.getAttribute('href')).toBe(NEUTRAL_SITE);
    await quickExit.click();
    await page.waitForURL(NEUTRAL_SITE);
  });

  it('leaves from the first frame without adding to the history, by the link or Escape twice, once the early script has run', async () => {
    const ways = {
      link: (page: Page) => page.getByRole('link', { name: en.safety.quickExit }).click(),
      'Escape twice': async (page: Page) => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      },
    };
    for (const [way, leave] of Object.entries(ways)) {
      const page = await frameOnly('?q=asylum');
      await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
      const historyBefore = await page.evaluate(() => history.length);
      await leave(page);
      await page.waitForURL(NEUTRAL_SITE);
      expect(await page.evaluate(() => history.length), way).toBe(historyBefore);
      await page.goBack().catch(() => undefined);
      // Back, if it goes anywhere, no longer shows what was searched.
      expect(page.url(), way).not.toContain('asylum');
      await page.context().close();
    }
  });

  it('speaks the user’s language in the first frame, once the early script has run', async () => {
    for (const { search, locale, code, dir, catalog } of [
      { search: '?q=asylum&lang=ar', locale: 'en-US', code: 'ar', dir: 'rtl', catalog: ar },
      { search: '', locale: 'es-MX', code: 'es', dir: 'ltr', catalog: es },
    ]) {
      const page = await frameOnly(search, locale);
      const quickExit = page.getByRole('link', { name: catalog.safety.quickExit });
      expect(await quickExit.getAttribute('title')).toBe(catalog.safety.quickExitHint);
      expect(await quickExit.getAttribute('href')).toBe(NEUTRAL_SITE);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([code, dir]);
      expect(await page.locator('.boot-slow').textContent()).toBe(catalog.stillLoading);
      expect(await policyViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('says what to do when the scripts never arrive, instead of a progress bar that never ends', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.route(/\.js$/, (route) => route.abort('connectionfailed'));
    // The message waits 15 s by a CSS animation: run the page's animations 100 times faster.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
    await page.goto(baseUrl);
    const slow = page.getByRole('status').filter({ hasText: 'check your connection and reload' });
    await slow.waitFor({ timeout: 5_000 });
    expect(await slow.textContent()).toContain('call 211');
    expect(await page.getByRole('heading', { name: en.appTitle }).count()).toBe(1);
  });
});
