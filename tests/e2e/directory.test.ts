import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForThisFile, openPage, stateIn, servicesOnMap, shownCardIds, shownMarkerIds } from './browser';
import { DEFAULT_STATE } from '../../src/filters/searchState';
import { selectResults } from '../../src/filters/selectResults';
import { PAGE_SIZE } from '../../src/list/ResultList';
import { createSearchIndex } from '../../src/search/searchIndex';
import { distinctiveRecord, realRecords } from './realData';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = 'test-results/screenshots';
const browser = browserForThisFile();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** A service marker or a cluster of them: at city zoom the map shows clusters. */
async function waitForMarkers(page: Page) {
  await page.locator('.leaflet-marker-icon.marker, .leaflet-marker-icon.cluster').first().waitFor();
}

describe('the directory in a real browser', () => {
  it('searches, shows the card and its marker, opens the details, and restores them from the shared link', async () => {
    const { record: target, query } = distinctiveRecord('legal');
    const { page, strayRequests, pageErrors, tileRequests } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    await waitForMarkers(page);
    // Leaflet read L_DISABLE_3D (src/map/leafletSetup.ts) when it loaded: markers are placed, not 3D-transformed.
    const markerStyle = await page.locator('.leaflet-marker-icon').first().evaluate((icon) => ({ transform: icon.style.transform, left: icon.style.left }));
    expect(markerStyle).toEqual({ transform: '', left: expect.stringMatching(/px$/) });
    // The first cards come at once and the rest of the page just after, in a transition.
    await expect.poll(() => shownCardIds(page).then((ids) => ids.length)).toBe(Math.min(PAGE_SIZE, realRecords.length));
    expect(await page.locator('.result-count').textContent()).toBe(`${realRecords.length} services`);

    await page.getByRole('searchbox', { name: 'Search for help' }).fill(query);
    await expect.poll(() => shownCardIds(page).then((ids) => ids[0])).toBe(target.id);
    await expect.poll(() => shownMarkerIds(page)).toContain(target.id);
    expect(stateIn(page.url()).get('q')).toBe(query);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-results.png` });

    await page.locator(`[data-card-link="${target.id}"]`).click();
    const details = page.locator(`.details[data-record-id="${target.id}"]`);
    await details.waitFor();
    expect(stateIn(page.url()).get('id')).toBe(target.id);
    await expect.poll(() => page.locator(`.leaflet-marker-icon.marker--selected`).getAttribute('data-record-id')).toBe(target.id);
    expect(await details.locator('.sources').textContent()).toContain(target.sources[0]?.name ?? '');
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-details.png` });

    await page.reload();
    await details.waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search for help' }).inputValue()).toBe(query);
    await expect.poll(() => page.locator(`.leaflet-marker-icon.marker--selected`).getAttribute('data-record-id')).toBe(target.id);

    await page.goBack();
    await page.locator('.cards').waitFor();
    expect(await shownCardIds(page)).toContain(target.id);
    await page.goForward();
    await details.waitFor();

    expect(tileRequests.length).toBeGreaterThan(0);
    expect(strayRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('selects a record from its marker and shows it in the list pane', async () => {
    const { record: target, query } = distinctiveRecord('food');
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    const point = target.location?.point;
    // Near its own address the map opens at street zoom, where every service is a single marker.
    const near = point ? `&near=${encodeURIComponent(`${point.latitude},${point.longitude}`)}&within=0.5` : '';
    await page.goto(`${baseUrl}?q=${encodeURIComponent(query)}${near}`);
    const marker = page.locator(`.leaflet-marker-icon[data-record-id="${target.id}"]`);
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toMatch(new RegExp(`^\\d+\\. `));
    await marker.click();
    await page.locator(`.details[data-record-id="${target.id}"]`).waitFor();
    await page.locator(`.leaflet-popup [data-popup-record-id="${target.id}"]`).waitFor();
    expect(await marker.getAttribute('class')).toContain('marker--selected');

    await page.getByRole('button', { name: /Back to results/ }).click();
    await page.locator(`.card--selected[data-record-id="${target.id}"]`).waitFor();
    await page.locator(`.leaflet-marker-icon[data-record-id="${target.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`.details[data-record-id="${target.id}"]`).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('keeps the list and the markers working when no tile server can be reached', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { tilesDown: true });
    await page.goto(`${baseUrl}?q=food`);
    await waitForMarkers(page);
    await page.getByText('Map images could not be loaded').waitFor();
    expect((await shownCardIds(page)).length).toBeGreaterThan(0);
    const { results } = selectResults(createSearchIndex(realRecords), { ...DEFAULT_STATE, query: 'food' }, new Date());
    const mapped = results.filter(({ record }) => record.location?.point);
    await expect.poll(() => servicesOnMap(page)).toBe(mapped.length);
    // The basemap drawn on the device is what shows through.
    // The outlines come in their own file, which may arrive after the markers.
    await expect.poll(() => page.locator('.leaflet-basemap-pane path').count()).toBe(2);
    await expect.poll(() => page.locator('.leaflet-basemapNames-pane .basemap-label').count()).toBe(77);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-no-tiles.png` });
    expect(pageErrors).toEqual([]);
  });

  it('shows hostile or broken links as text, says "not found" and keeps working', async () => {
    const { page, pageErrors, dialogs } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}?q=${encodeURIComponent('<script>alert(1)</script>')}&foo=bar`);
    await page.getByRole('heading', { name: 'Nothing matches “<script>alert(1)</script>”.' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search for help' }).inputValue()).toBe('<script>alert(1)</script>');

    await page.goto(`${baseUrl}?id=does-not-exist`);
    await page.getByRole('heading', { name: 'Listing not found' }).waitFor();
    await page.getByRole('button', { name: /Back to results/ }).click();
    await page.locator('.cards').waitFor();

    await page.goto(`${baseUrl}?q=${'a'.repeat(5000)}`);
    await page.locator('.result-count').waitFor();
    expect((await page.getByRole('searchbox', { name: 'Search for help' }).inputValue()).length).toBe(100);

    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('switches between list and map on a phone', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(baseUrl);
    await page.locator('.cards').waitFor();
    expect(await page.locator('.map-pane').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-list.png` });

    await page.getByRole('button', { name: 'Map' }).click();
    await waitForMarkers(page);
    expect(await page.locator('.results-pane').isVisible()).toBe(false);
    const box = await page.locator('.leaflet-container').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-map.png` });

    const { record: target } = distinctiveRecord('health');
    await page.goto(`${baseUrl}?id=${target.id}`);
    await page.locator(`.details[data-record-id="${target.id}"]`).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/phone-details.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
