import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HELP_LINES } from '../../src/app/helpLines';
import { NEUTRAL_SITE } from '../../src/app/quickExit';
import { en } from '../../src/i18n/en';
import es from '../../src/i18n/locales/es';
import { formatPhone } from '../../src/service/links';
import { browserForThisFile, openPage } from './browser';
import { realRecords } from './realData';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

/** The neutral site, stubbed: the tests never leave the machine. */
async function stubNeutralSite(page: Page): Promise<void> {
  await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Forecast</p>' }));
}

describe('safety', () => {
  it('puts quick exit first in the tab order, and it leaves without adding to the history or keeping the search', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await stubNeutralSite(page);
    await page.goto(`${baseUrl}#q=asylum`);
    await page.locator('.result-count').waitFor();
    const historyBefore = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('quick-exit');
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL_SITE);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.goBack().catch(() => undefined);
    // Back, if it goes anywhere, no longer shows what was searched.
    expect(page.url()).not.toContain('asylum');
    await page.context().close();
  });

  it('leaves on Escape pressed twice, even with a map popup open, and from the print view', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await stubNeutralSite(page);
    await page.goto(`${baseUrl}#cat=legal&id=enlace-cala-legal-clinic`);
    await page.locator('.leaflet-popup').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);

    await page.goto(`${baseUrl}#cat=legal&print=results`);
    await page.locator('.print-entry').first().waitFor();
    await page.getByRole('button', { name: en.safety.quickExit }).click();
    await page.waitForURL(NEUTRAL_SITE);
    await page.context().close();
  });

  it('shows every help line with the number from its record, and says so where the data has none', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: 'phone' });
    await page.goto(baseUrl);
    const bar = page.getByRole('navigation', { name: en.safety.helpBar });
    for (const { id } of HELP_LINES) {
      const record = realRecords.find((candidate) => candidate.id === id);
      const phone = record?.phones.find((candidate) => candidate.kind === 'voice');
      expect(phone, id).toBeDefined();
      expect(await bar.locator(`[data-help-line="${id}"] a`).getAttribute('href')).toBe(`tel:${phone?.number ?? ''}`);
      expect(await bar.locator(`[data-help-line="${id}"]`).textContent()).toContain(formatPhone(phone?.number ?? ''));
    }
    await page.context().close();
  });

  it('warns of notario fraud with legal help, shows trust badges with their source, and a source on every card', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal`);
    const warning = page.locator('.notario-warning');
    await warning.waitFor();
    expect(await warning.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
    const cards = page.locator('.cards article');
    const withoutSource = await cards.evaluateAll((all) => all.filter((card) => !card.querySelector('.verified a[href^="http"]')).length);
    expect(withoutSource).toBe(0);

    const trusted = realRecords.find((record) => record.categories.includes('legal') && record.trust && record.trust.length > 0 && record.location?.point);
    await page.goto(`${baseUrl}#id=${trusted?.id ?? ''}`);
    await page.locator('.details .notario-warning').waitFor();
    const badges = page.locator('.details .trust-badges .badge');
    expect(await badges.count()).toBe(trusted?.trust?.length);
    expect(await badges.first().textContent()).toContain(en.safety.source);
    await page.context().close();
  });

  it('prepares a problem report with the listing id, and a suggestion, without sending anything', async () => {
    const { page, strayRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#id=enlace-cala-legal-clinic`);
    await page.getByText(en.safety.report).click();
    const report = page.locator('.details .prepared-message');
    await report.getByLabel(en.reports.whatIsWrong).selectOption('phones');
    await report.getByLabel(en.reports.whatIsRight).fill('The number is now 312-555-0100');
    const text = await report.locator('textarea[readonly]').inputValue();
    expect(text).toContain('listing: enlace-cala-legal-clinic\nfield: phones\nsays: The number is now 312-555-0100');
    // The bundled build sets no curators' address, so there is no e-mail link that leads nowhere.
    expect(await report.getByRole('link', { name: en.safety.openEmail }).count()).toBe(0);
    await report.getByText(en.reports.noAddress).waitFor();
    await page.goto(`${baseUrl}#cat=food`);
    await page.locator('.site-notes').getByText(en.safety.suggest).click();
    await page.locator('.site-notes').getByLabel(en.safety.suggestFields.name).fill('Casa Ejemplo');
    expect(await page.locator('.site-notes textarea[readonly]').inputValue()).toContain('kind: suggestion\nname: Casa Ejemplo');
    expect(await page.locator('.site-notes').textContent()).toContain(en.safety.quickExitLimits);
    expect(strayRequests).toEqual([]);
    await page.context().close();
  });

  it('has a Know your rights page in the chosen language, every statement with a dated public source', async () => {
    for (const [lang, catalog] of [['en', en], ['es', es]] as const) {
      const { page, pageErrors } = await openPage(browser(), baseUrl);
      await page.goto(`${baseUrl}#lang=${lang}`);
      await page.locator('.safety-strip').getByRole('link', { name: catalog.safety.rights }).click();
      await page.getByRole('heading', { level: 1, name: catalog.safety.rights }).waitFor();
      for (const section of ['home', 'street', 'work', 'agents', 'lawyer'] as const) {
        await page.getByRole('heading', { level: 2, name: catalog.safety.rightsSections[section] }).waitFor();
      }
      const statements = page.locator('.rights-statements li');
      expect(await statements.count()).toBeGreaterThan(10);
      const unsourced = await statements.evaluateAll((all) => all.filter((item) => !item.querySelector('a[href^="https://"]')).length);
      expect(unsourced).toBe(0);
      if (lang !== 'en') expect(await page.locator('.rights-statements .in-english').count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }
  });
});
