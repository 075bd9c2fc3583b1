import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForThisFile, openPage, shownCardIds } from './browser';
import { realRecords } from './realData';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = 'test-results/screenshots';
const browser = browserForThisFile();
const SLOW = { timeout: 15_000 };

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const byId = new Map(realRecords.map((record) => [record.id, record]));

async function cardMiles(page: Page): Promise<number[]> {
  const texts = await page.locator('.cards .distance').allTextContents();
  return texts.map((text) => Number(/([\d.]+) mi/.exec(text)?.[1] ?? Number.NaN));
}

async function firstCards(page: Page, count: number): Promise<string[]> {
  await expect.poll(async () => (await shownCardIds(page)).length, SLOW).toBeGreaterThanOrEqual(count);
  return (await shownCardIds(page)).slice(0, count);
}

/** Opens a search and waits until its own results are on screen (the count says the query). */
async function search(page: Page, query: string, count: number): Promise<string[]> {
  await page.goto(`${baseUrl}?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('.result-count').textContent(), SLOW).toContain(query);
  return firstCards(page, count);
}

describe('the right help first, in a real browser', () => {
  it('with words and a place, puts the nearby clinics that answer first, and prints each distance', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#q=abogado+gratis&near=26th+and+Kedzie`);
    await expect.poll(() => page.locator('.place-status').textContent(), SLOW).toContain('Distances from');
    const ids = await firstCards(page, 5);
    for (const id of ids.slice(0, 3)) expect(byId.get(id)?.categories, id).toContain('legal');
    expect(ids).toContain('enlace-cala-legal-clinic');
    const miles = await cardMiles(page);
    expect(miles[0]).toBeLessThan(2);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-words-and-place.png` });

    await page.getByRole('button', { name: 'Print these results' }).click();
    await page.locator('.print-entry').first().waitFor();
    const printed = await page.locator('.print-entry').evaluateAll((entries) => entries.slice(0, 5).map((entry) => entry.getAttribute('data-record-id')));
    expect(printed).toEqual(ids);
    expect(await page.locator('.print-entry').first().locator('.print-distance').textContent()).toMatch(/[\d.]+ mi/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('reads a sentence, a transliteration and a run-together word, and does not send "lawyer" to a court', async () => {
    const { page } = await openPage(browser(), baseUrl);
    const sentence = await search(page, 'necesito ayuda con mi asilo', 3);
    for (const id of sentence) expect(byId.get(id)?.categories, id).toContain('legal');

    // A word that only the everyday words, fetched after the first screen, know.
    await search(page, 'mu7ami', 0);
    await expect.poll(async () => (await firstCards(page, 3)).every((id) => byId.get(id)?.categories.includes('legal')), SLOW).toBe(true);

    const [pantry] = await search(page, 'foodpantry', 1);
    expect(byId.get(pantry ?? '')?.categories).toContain('food');

    const lawyers = await search(page, 'lawyer', 10);
    for (const id of lawyers) expect(byId.get(id)?.venue, id).toBeUndefined();

    const [court] = await search(page, 'immigration court', 1);
    expect(byId.get(court ?? '')?.venue).toBe('court');
    await expect.poll(() => page.locator('.cards article').first().locator('.venue-note').textContent()).toContain('Not a place to get a lawyer');
    await page.context().close();
  });

  it('says a suburb is outside Chicago, offers 211, and still lists the nearest Chicago services first', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#near=Evanston`);
    await expect.poll(() => page.locator('.outside-chicago').textContent(), SLOW).toContain('outside Chicago');
    await expect.poll(() => page.locator('.place-status').textContent()).toContain('211');
    await expect.poll(async () => (await cardMiles(page)).length, SLOW).toBeGreaterThan(5);
    const miles = await cardMiles(page);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(miles[0]).toBeLessThan(3);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-outside-chicago.png` });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
