import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FRAME_TEXT_ID } from '../../src/app/frameText';
import { serviceRecordSchema } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage, policyViolations, type OpenedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

/** Markup that runs script if anything writes it as HTML: each path sets window.__xss and asks for /xss-*. */
// Spaced so that no run passes the schema's 60-character limit on unbroken text, which would refuse it outright.
const PAYLOAD =
  `<img src="/xss-img" onerror="window.__xss='img'"> <script>window.__xss='script'</script> ` +
  `"'> <svg onload="window.__xss='svg'"></svg> <a href="javascript:window.__xss='link'">x</a>`;

const SHORT_PAYLOAD = `<img src="/xss-img" onerror="window.__xss='img'">`;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function parseJson(text: string): Json {
  const parsed: Json = JSON.parse(text);
  return parsed;
}

/** Every path to a string inside a JSON value. */
function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withStringAt(value: Json, path: readonly (string | number)[], replace: (old: string) => string): Json {
  const [head, ...rest] = path;
  if (head === undefined) return typeof value === 'string' ? replace(value) : value;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? withStringAt(item, rest, replace) : item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === head ? withStringAt(item, rest, replace) : item]));
  }
  return value;
}

/** A real record with the payload put into every text field the schema lets take it (ids, dates and codes refuse it). */
function poisonedRecord(): { record: Json; poisonedFields: string[] } {
  const file = parseJson(readFileSync('data/records/community.json', 'utf8'));
  const original = Array.isArray(file) ? file.find((item) => typeof item === 'object' && item !== null && !Array.isArray(item) && item.id === 'icirr-office') : undefined;
  if (original === undefined) throw new Error('data/records/community.json has no record icirr-office');
  let record = original;
  const poisonedFields: string[] = [];
  for (const path of stringPaths(original)) {
    // A short field (a city, a suite) refuses the whole payload on length; it still gets the shortest attack.
    for (const payload of [PAYLOAD, SHORT_PAYLOAD]) {
      const candidate = withStringAt(record, path, (old) => `${payload} ${old}`);
      if (serviceRecordSchema.safeParse(candidate).success) {
        record = candidate;
        poisonedFields.push(path.join('.'));
        break;
      }
    }
  }
  return { record, poisonedFields };
}

const { record: poisoned, poisonedFields } = poisonedRecord();
// As the build ships it: the schema's output, defaults filled in.
const shipped = serviceRecordSchema.parse(poisoned);
const scriptLink = { ...shipped, id: 'script-link', website: "javascript:window.__xss='website'" };

/**
 * Serves the fixture in place of the built listings file, as if it had been changed on the server after
 * the build (which refuses such records): the app must still show it as text and build no unsafe link.
 */
async function openWithFixture(): Promise<OpenedPage> {
  const opened = await openPage(browser(), baseUrl);
  await opened.page.route(/\/assets\/listings-[\w-]{8}\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify([shipped, scriptLink])};` }),
  );
  return opened;
}

async function nothingRan(opened: OpenedPage, page: Page): Promise<void> {
  expect(await page.evaluate(() => Reflect.get(window, '__xss'))).toBeUndefined();
  // The page's one script without a source is its own data, the first frame's words, which never runs.
  expect(await page.locator(`img[src="/xss-img"], svg[onload], script:not([src]):not(#${FRAME_TEXT_ID}[type="application/json"])`).count()).toBe(0);
  expect(opened.appRequests.filter((url) => url.includes('/xss-'))).toEqual([]);
  expect(opened.dialogs).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  expect(await policyViolations(page)).toEqual([]);
}

describe('data and links cannot inject script', () => {
  it('the fixture puts markup in every text field the schema allows, and refuses a javascript: link', () => {
    for (const field of ['name', 'organization.name', 'description', 'phones.0.label', 'location.street', 'sources.0.name', 'verified.method']) {
      expect(poisonedFields).toContain(field);
    }
    expect(poisonedFields.length).toBeGreaterThanOrEqual(12);
    expect(poisonedFields).not.toContain('website');
    expect(serviceRecordSchema.safeParse(scriptLink).success).toBe(false);
  });

  it('shows the markup as text in the list, the details, the map popup and the print view', async () => {
    const opened = await openWithFixture();
    const { page } = opened;
    await page.goto(`${baseUrl}#cat=community`);
    const card = page.locator('.cards article[data-record-id="icirr-office"]');
    await card.waitFor();
    expect(await card.textContent()).toContain(PAYLOAD);

    await page.locator('[data-card-link="icirr-office"]').click();
    const details = page.locator('.details[data-record-id="icirr-office"]');
    await details.waitFor();
    const detailsText = (await details.textContent()) ?? '';
    expect(detailsText.split(PAYLOAD).length - 1).toBeGreaterThanOrEqual(5);
    expect(await page.title()).toContain(PAYLOAD);

    // The map is still gliding to the marker, so a pointer click would wait for it: send the click itself.
    await page.locator('.leaflet-marker-icon.marker--selected').dispatchEvent('click');
    const popup = page.locator('.leaflet-popup [data-popup-record-id="icirr-office"]');
    await popup.waitFor();
    expect(await popup.textContent()).toContain(PAYLOAD);

    // The record with a javascript: website: shown as text, never as a link.
    await page.goto(`${baseUrl}#id=script-link`);
    const scriptDetails = page.locator('.details[data-record-id="script-link"]');
    await scriptDetails.waitFor();
    expect(await scriptDetails.textContent()).toContain("javascript:window.__xss='website'");
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

    await page.goto(`${baseUrl}#pick=icirr-office&print=list`);
    const entry = page.locator('.print-entry[data-record-id="icirr-office"]');
    await entry.waitFor();
    expect(await entry.textContent()).toContain(PAYLOAD);
    await nothingRan(opened, page);
  });

  it('takes markup in every address parameter as plain values or drops it', async () => {
    const opened = await openPage(browser(), baseUrl);
    const { page } = opened;
    const value = encodeURIComponent(PAYLOAD);
    const params = ['q', 'near', 'area', 'id', 'lang', 'with', 'cat', 'in', 'pick', 'open', 'sort', 'page', 'print', 'paper', 'unit', 'within'];
    await page.goto(`${baseUrl}#${params.map((name) => `${name}=${value}`).join('&')}`);
    await page.locator('.cards, .no-hits').first().waitFor();
    const typed = await page.getByRole('searchbox', { name: en.searchLabel }).inputValue();
    expect(typed.length).toBeGreaterThan(40);
    expect(PAYLOAD.startsWith(typed)).toBe(true);
    await page.goto(`${baseUrl}?q=${value}&area=${value}&print=area`);
    await page.locator('.print-view').waitFor();
    // The place is cut to its longest allowed length, and shown as text.
    expect(await page.locator('.print-view').textContent()).toContain(PAYLOAD.slice(0, 60));
    await nothingRan(opened, page);
  });
});
