import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxesOf(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

describe('the map on a phone', () => {
  it('"Map" shows the whole map on the first screen, framed on the place and the nearest results', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone', tilesDown: true });
    await page.goto(`${baseUrl}#cat=legal&near=60623`);
    await page.locator('.cards article').first().waitFor();
    await page.getByRole('button', { name: en.showMap }).click();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await page.waitForTimeout(300);

    const [map] = await boxesOf(page, '.map-frame .map');
    const height = page.viewportSize()?.height ?? 0;
    expect(map).toBeDefined();
    if (!map) return;
    expect(map.bottom).toBeLessThanOrEqual(height);
    // The place and the nearest result (number 1 when a place orders the list) are both on the map.
    const [placeMarker] = await boxesOf(page, '.place-marker');
    expect(placeMarker && inside(placeMarker, map)).toBe(true);
    const [nearest] = await boxesOf(page, '.leaflet-marker-icon:has(.marker-number:text-is("1"))');
    expect(nearest && inside(nearest, map)).toBe(true);
    // Framed on the neighbourhood, not the whole city: most of the legal results are off this view.
    const shown = (await boxesOf(page, '.leaflet-marker-icon')).filter((marker) => overlaps(marker, map)).length;
    const total = Number(/^\d+/.exec((await page.locator('.result-count').textContent()) ?? '')?.[0]);
    expect(shown).toBeLessThan(total / 2);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps map notices off the markers: they sit in a bar above the map', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone', tilesDown: true });
    await page.goto(`${baseUrl}#cat=legal&near=60623`);
    await page.getByRole('button', { name: en.showMap }).click();
    const notice = page.locator('.map-notice', { hasText: en.map.tilesFailed });
    await notice.waitFor();
    const [noticeBox] = await boxesOf(page, '.map-notice');
    const [map] = await boxesOf(page, '.map-frame .map');
    expect(noticeBox && map && noticeBox.bottom <= map.top).toBe(true);
    // Markers off the view are still laid out, clipped by the map: only those on it can be covered.
    const onMap = (await boxesOf(page, '.leaflet-marker-icon')).filter((marker) => map && overlaps(marker, map));
    expect(onMap.length).toBeGreaterThan(0);
    for (const marker of onMap) expect(noticeBox && overlaps(noticeBox, marker)).toBe(false);
    expect(await page.locator('.leaflet-container .map-notice').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
