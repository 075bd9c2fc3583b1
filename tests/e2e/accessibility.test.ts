import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousFindings } from './axe';
import { browserForThisFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

/** A legal clinic with an address, hours and a Spanish translation: the fullest details view there is. */
const DETAILS_ID = 'enlace-cala-legal-clinic';

const VIEWS = {
  home: '',
  results: 'cat=legal&need=free',
  details: `id=${DETAILS_ID}`,
  print: 'cat=shelter&print=results',
  rights: 'page=rights',
} as const;

/** Opens a view and waits for it; on a desktop, for the map's markers too (a phone shows the list first). */
async function openView(page: Page, view: keyof typeof VIEWS, lang: string, withMap = true): Promise<void> {
  const params = [VIEWS[view], `lang=${lang}`].filter(Boolean).join('&');
  await page.goto(`${baseUrl}#${params}`);
  await page.locator(`html[lang="${lang}"]`).waitFor();
  const ready = { home: '.result-count', results: '.result-count', details: '.details h2', print: '.print-entry', rights: '.rights-statements li' }[view];
  await page.locator(ready).first().waitFor();
  if (view === 'print') await page.emulateMedia({ media: 'print' });
  else if (withMap && (view === 'home' || view === 'results')) await page.locator('.leaflet-marker-icon.marker, .leaflet-marker-icon.cluster').first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const lang of ['en', 'es', 'ar']) {
    for (const view of ['home', 'results', 'details', 'print', 'rights'] as const) {
      it(`finds nothing serious or critical on the ${view} view in ${lang}`, async () => {
        const { page, pageErrors } = await openPage(browser(), baseUrl);
        await openView(page, view, lang);
        expect((await seriousFindings(page)).join('\n')).toBe('');
        expect(pageErrors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

/** The focused element: what it is, and whether a focus ring shows on it. */
async function focused(page: Page): Promise<{ tag: string; text: string; ring: boolean; matches: (selector: string) => Promise<boolean> }> {
  const info = await page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { tag: '', text: '', ring: false };
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    return { tag: element.tagName.toLowerCase(), text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60), ring };
  });
  return { ...info, matches: (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector) };
}

/** Presses Tab until the focus is on an element matching selector; every stop on the way must show its focus. */
async function tabTo(page: Page, selector: string, stopsSeen: string[], key = 'Tab'): Promise<void> {
  for (let press = 0; press < 120; press++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (!now.ring) throw new Error(`No visible focus on <${now.tag}> "${now.text}"`);
    stopsSeen.push(`${now.tag} ${now.text}`);
    if (await now.matches(selector)) return;
  }
  throw new Error(`Tab never reached ${selector}; stops: ${stopsSeen.slice(-10).join(' | ')}`);
}

describe('keyboard, touch and zoom', () => {
  it('can be used from search to details and back with the keyboard alone, with visible focus throughout', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=es`);
    await page.locator('.result-count').waitFor();
    const stops: string[] = [];

    await tabTo(page, '.skip-link', stops);
    await tabTo(page, 'input[type="search"]', stops);
    await page.keyboard.type('abogado');
    await page.locator('.result-count', { hasText: 'abogado' }).waitFor();

    await tabTo(page, '.filters input[type="checkbox"], .filters button[aria-pressed]', stops);
    await page.keyboard.press('Space');
    await tabTo(page, '.cards a[data-card-link]', stops);
    const opened = await page.evaluate(() => document.activeElement?.getAttribute('data-card-link'));
    await page.keyboard.press('Enter');
    await page.locator('.details h2').waitFor();
    expect(await page.evaluate(() => document.activeElement?.matches('.details h2'))).toBe(true);
    expect(await page.locator('.details').getAttribute('data-record-id')).toBe(opened);

    // "Back to results" comes just before the heading.
    await tabTo(page, 'button.back', stops, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('.details').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-card-link'))).toBe(opened);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('announces the number of results to screen readers as they change', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl);
    const count = page.locator('[role="status"][aria-live="polite"].result-count');
    await count.waitFor();
    await page.getByRole('searchbox', { name: 'Search for help' }).fill('shelter');
    await page.locator('.result-count', { hasText: 'shelter' }).waitFor();
    expect(await count.textContent()).toMatch(/^\d+ services match “shelter”$/);
    await page.context().close();
  });

  it('gives every control a target of at least 24 by 24 pixels on a phone', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
      for (const view of ['results', 'details'] as const) {
        await openView(page, view, lang, false);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('a[href], button, input, select, [role="button"], summary')]
            .filter((element) => {
              // Links inside a sentence are exempt (WCAG 2.5.8); so are the map's credits.
              if (element.closest('.leaflet-control-attribution')) return false;
              if (element.tagName === 'A' && element.parentElement?.tagName === 'P' && (element.parentElement.textContent ?? '').length > (element.textContent ?? '').length + 20) return false;
              const box = element.getBoundingClientRect();
              // A checkbox's label is part of its target: a tap on the label ticks it.
              const labelled = element instanceof HTMLInputElement && [...(element.labels ?? [])].some((label) => {
                const labelBox = label.getBoundingClientRect();
                return labelBox.width >= 24 && labelBox.height >= 24;
              });
              return !labelled && box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24);
            })
            .map((element) => {
              const box = element.getBoundingClientRect();
              return `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`;
            }),
        );
        expect(small, `${view} in ${lang}`).toEqual([]);
      }
      await page.context().close();
    }
  });

  it('never scrolls sideways at 320 pixels wide, in any direction of text', async () => {
    for (const lang of ['en', 'uk', 'ar']) {
      const { page } = await openPage(browser(), baseUrl);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const view of ['home', 'results', 'details'] as const) {
        await openView(page, view, lang, false);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${view} in ${lang}`).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    }
  });
});
