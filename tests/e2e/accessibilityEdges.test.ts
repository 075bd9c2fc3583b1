import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousFindings } from './axe';
import { browserForThisFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

/** Words no listing has: every filter chip counts nothing and is disabled. */
const NOTHING = 'q=qqxzvbw';

/**
 * The focused element's box as far as it can be seen (cut by any scrolling ancestor), whether it is cut,
 * and the quick exit's box, which stays fixed in the corner above everything.
 */
function focusAndExit(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const exit = document.querySelector('.quick-exit')?.getBoundingClientRect();
    if (!focused || !exit || focused === document.body) return null;
    const full = focused.getBoundingClientRect();
    const seen = { left: full.left, top: full.top, right: full.right, bottom: full.bottom };
    for (let parent = focused.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      seen.left = Math.max(seen.left, clip.left);
      seen.right = Math.min(seen.right, clip.right);
      seen.top = Math.max(seen.top, clip.top);
      seen.bottom = Math.min(seen.bottom, clip.bottom);
    }
    const covered = !focused.classList.contains('quick-exit') && seen.left < exit.right && exit.left < seen.right && seen.top < exit.bottom && exit.top < seen.bottom;
    const cut = seen.right - seen.left < full.width - 1 || seen.bottom - seen.top < full.height - 1;
    return { covered, cut, label: focused.textContent?.trim().slice(0, 40) ?? focused.tagName };
  });
}

describe('accessibility at the edges', () => {
  for (const lang of ['en', 'es', 'ar']) {
    it(`finds nothing serious or critical when every filter chip is disabled, in ${lang}`, async () => {
      const { page, pageErrors } = await openPage(browser(), baseUrl);
      await page.goto(`${baseUrl}#${NOTHING}&lang=${lang}`);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      await page.locator('.result-count').waitFor();
      const chips = page.locator('button.chip--filter');
      expect(await chips.count()).toBeGreaterThan(0);
      expect(await chips.evaluateAll((buttons) => buttons.every((button) => button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true' || button.getAttribute('aria-pressed') === 'true'))).toBe(true);
      expect((await seriousFindings(page)).join('\n')).toBe('');
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });

    it(`on a phone, scrolled down, nothing the keyboard reaches hides under the fixed quick exit, and axe finds nothing serious, in ${lang}`, async () => {
      const { page, pageErrors } = await openPage(browser(), baseUrl, { viewport: 'phone' });
      await page.goto(`${baseUrl}#cat=legal&lang=${lang}`);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      await page.locator('.cards article').nth(3).waitFor();
      // From a card half way down, up the page (each stop scrolls in at the top edge, under the corner) and back down.
      await page.locator('.cards article a').nth(4).focus();
      const hidden: string[] = [];
      for (const key of [...Array<string>(20).fill('Shift+Tab'), ...Array<string>(30).fill('Tab')]) {
        await page.keyboard.press(key);
        const seen = await focusAndExit(page);
        if (seen?.covered) hidden.push(`under quick exit: ${seen.label}`);
        if (seen?.cut) hidden.push(`cut off: ${seen.label}`);
      }
      expect(hidden).toEqual([]);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      expect((await seriousFindings(page)).join('\n')).toBe('');
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});
