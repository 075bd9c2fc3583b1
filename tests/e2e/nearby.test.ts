import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForThisFile, openPage, stateIn, shownCardIds } from './browser';
import { distinctiveRecord } from './realData';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = 'test-results/screenshots';
const browser = browserForThisFile();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const SLOW = { timeout: 15_000 };

/** The distances printed on the cards, in miles. */
async function cardMiles(page: Page): Promise<number[]> {
  const texts = await page.locator('.cards .distance').allTextContents();
  return texts.map((text) => Number(/([\d.]+) mi/.exec(text)?.[1] ?? Number.NaN));
}

function placeStatus(page: Page) {
  return page.locator('.place-status');
}

describe('help near a place, worked out in the browser', () => {
  it('puts the nearest first when a place is given and no words, and the sort control says so', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#near=60623`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('Distances from 60623');
    await expect.poll(async () => (await cardMiles(page)).length, SLOW).toBeGreaterThan(10);
    const miles = await cardMiles(page);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(await page.getByLabel('Sort').inputValue()).toBe('distance');
    await page.context().close();
  });


  it('measures from a ZIP, sorts nearest first, filters by radius, and keeps it all in the link', async () => {
    const { page, pageErrors, strayRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?near=60608`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('Distances from 60608');
    await page.locator('.cards .distance').first().waitFor();

    await page.getByLabel('Sort').selectOption('distance');
    expect(stateIn(page.url()).get('sort')).toBe('distance');
    await expect.poll(async () => (await cardMiles(page)).length).toBeGreaterThan(10);
    const sorted = await cardMiles(page);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    const everything = Number(/\d+/.exec((await page.locator('.result-count').textContent()) ?? '')?.[0]);

    await page.getByRole('group', { name: 'Within' }).getByRole('button', { name: '1 mi' }).click();
    expect(stateIn(page.url()).get('within')).toBe('1');
    await expect.poll(async () => Number(/\d+/.exec((await page.locator('.result-count').textContent()) ?? '')?.[0])).toBeLessThan(everything);
    for (const miles of await cardMiles(page)) expect(miles).toBeLessThanOrEqual(1.05);
    await expect.poll(() => page.locator('.leaflet-marker-icon.place-marker').getAttribute('aria-label')).toContain('60608');
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-near-zip.png` });

    await page.reload();
    await page.locator('.cards .distance').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#sort=distance&near=60608&within=1');
    expect(new URL(page.url()).search).toBe('');
    expect(strayRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('understands a street corner typed the Chicago way', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('searchbox', { name: 'Near' }).fill('26th and Kedzie');
    await page.keyboard.press('Enter');
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('Distances from 26th & Kedzie');
    expect(stateIn(page.url()).get('near')).toBe('26th and Kedzie');
    await page.getByLabel('Sort').selectOption('distance');
    // The closest listing to 26th and Kedzie is within a mile of it.
    await expect.poll(async () => (await cardMiles(page))[0]).toBeLessThan(1);
    expect(pageErrors).toEqual([]);
  });

  it('uses the device location only when asked, rounded, with nothing sent anywhere', async () => {
    const { page, pageErrors, strayRequests } = await openPage(browser(), baseUrl, {
      allowLocation: true,
      geolocation: { latitude: 41.853_46, longitude: -87.705_12 },
    });
    await page.goto(baseUrl);
    await page.locator('.cards').waitFor();
    expect(stateIn(page.url()).get('near')).toBeNull();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => stateIn(page.url()).get('near'), SLOW).toBe('@41.853,-87.705');
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('Distances from your location (approximate)');
    await page.locator('.cards .distance').first().waitFor();
    expect(strayRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('says what went wrong when location is denied or outside Chicago, and the list keeps working', async () => {
    const denied = await openPage(browser(), baseUrl, { geolocation: { latitude: 41.85, longitude: -87.7 } });
    await denied.page.goto(baseUrl);
    await denied.page.locator('.cards').waitFor();
    await denied.page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => placeStatus(denied.page).textContent(), SLOW).toContain('Location permission was denied');
    expect((await shownCardIds(denied.page)).length).toBeGreaterThan(0);

    const faraway = await openPage(browser(), baseUrl, { allowLocation: true, geolocation: { latitude: 40.7128, longitude: -74.006 } });
    await faraway.page.goto(baseUrl);
    await faraway.page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => placeStatus(faraway.page).textContent(), SLOW).toContain('Your location seems to be outside Chicago');
    expect((await shownCardIds(faraway.page)).length).toBeGreaterThan(0);
    expect(await faraway.page.locator('.cards .distance').count()).toBe(0);
    expect([...denied.pageErrors, ...faraway.pageErrors]).toEqual([]);
  });

  it('explains places it cannot find and coordinates outside the area, without breaking', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?near=${encodeURIComponent('Narnia <b>x</b>')}&within=2&sort=distance`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('“Narnia <b>x</b>” was not found');
    expect((await shownCardIds(page)).length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}?near=90210`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('outside Chicago');
    await page.goto(`${baseUrl}?near=${encodeURIComponent('@48.85,2.35')}`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('outside Chicago');
    await page.goto(`${baseUrl}?near=2600%20Kedzie`);
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('add N, S, E or W');
    expect(pageErrors).toEqual([]);
  });
});

describe('privacy of the address bar', () => {
  it('keeps the search and the place after the #, so not even the app\'s own server sees them', async () => {
    const { page, appRequests, tileRequests, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?q=abogado`);
    await expect.poll(() => new URL(page.url()).hash).toBe('#q=abogado');
    await page.getByRole('searchbox', { name: 'Near' }).fill('26th and Kedzie');
    await page.keyboard.press('Enter');
    await expect.poll(() => placeStatus(page).textContent(), SLOW).toContain('Distances from 26th & Kedzie');
    appRequests.length = 0;
    await page.reload();
    await page.locator('.cards .distance').first().waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(stateIn(page.url()).get('near')).toBe('26th and Kedzie');
    const sent = [...appRequests, ...tileRequests].join(' ');
    expect(appRequests.length).toBeGreaterThan(0);
    for (const secret of ['abogado', 'Kedzie', 'near=', 'q=']) expect(sent).not.toContain(secret);
    expect(pageErrors).toEqual([]);
  });
});

describe('the map', () => {
  it('clusters at city zoom, and a cluster opens by keyboard into single numbered markers', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const cluster = page.locator('.leaflet-marker-icon.cluster').first();
    await cluster.waitFor();
    expect(await cluster.getAttribute('aria-label')).toMatch(/^\d+ services (here|near [A-Za-z' ]+): zoom in( \(\d+\))?$/);
    const names = await page.locator('.leaflet-marker-icon[aria-label]').evaluateAll((markers) => markers.map((marker) => marker.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);

    // Enter on a cluster zooms in to what it holds; a few steps reach single markers.
    const singles = page.locator('.leaflet-marker-icon.marker[data-record-id]');
    for (let step = 0; step < 5 && (await singles.count()) === 0; step += 1) {
      const next = page.locator('.leaflet-marker-icon.cluster').first();
      const label = (await next.getAttribute('aria-label')) ?? '';
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`.leaflet-marker-icon[aria-label="${label}"]`).count(), SLOW).toBe(0);
    }
    await page.locator('.leaflet-marker-icon.marker[data-record-id]').first().waitFor();
    const label = await page.locator('.leaflet-marker-icon.marker[data-record-id]').first().getAttribute('aria-label');
    expect(label).toMatch(/^\d+\. /);
    expect(pageErrors).toEqual([]);
  });

  it("draws its own basemap and asks nothing of the tile server when map images are switched off, and remembers it", async () => {
    const { page, pageErrors, tileRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?near=Pilsen`);
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(tileRequests.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-map-tiles.png` });

    await page.getByLabel("Don't load map images").check();
    await page.reload();
    tileRequests.length = 0;
    await page.locator('.leaflet-marker-icon').first().waitFor();
    // Framed on Pilsen and its nearest services, the lake's path is out of view and empty: wait for one that is drawn.
    await page.locator('.leaflet-basemap-pane path:not([d="M0 0"])').first().waitFor();
    expect(await page.getByLabel("Don't load map images").isChecked()).toBe(true);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.locator('.leaflet-basemap-pane path').count()).toBe(2);
    expect(await page.locator('.leaflet-basemapNames-pane .basemap-label').count()).toBe(77);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-map-no-tiles.png` });
    expect(tileRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('offers walking and transit directions in the chosen map app, carrying only the destination', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { allowLocation: true, geolocation: { latitude: 41.85, longitude: -87.7 } });
    const { record } = distinctiveRecord('legal');
    await page.goto(`${baseUrl}?near=${encodeURIComponent('@41.850,-87.700')}&id=${record.id}`);
    const walking = page.getByRole('link', { name: 'Walking directions' });
    await walking.waitFor();
    await expect.poll(() => page.locator('.details .distance').textContent(), SLOW).toMatch(/^[\d.]+ mi away$/);
    const href = (await walking.getAttribute('href')) ?? '';
    expect(href).toMatch(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/);
    expect(href).not.toContain('41.85');
    expect(await page.getByRole('link', { name: 'Transit directions' }).getAttribute('href')).toContain('travelmode=transit');

    await page.getByLabel('Map app').selectOption('apple');
    await page.reload();
    expect(await page.getByRole('link', { name: 'Walking directions' }).getAttribute('href')).toMatch(/^https:\/\/maps\.apple\.com\/\?daddr=.*dirflg=w$/);
    expect(pageErrors).toEqual([]);
  });
});
