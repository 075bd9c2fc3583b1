import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { datapackageTables } from '../../scripts/hsds/datapackageTables';
import { proposeFromFeed } from '../../scripts/hsds/feed/proposeFromFeed';
import { serviceChecker } from '../../scripts/hsds/validateHsds';
import { en } from '../../src/i18n/en';
import { browserForThisFile, openPage } from './browser';
import { realRecords } from './realData';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

const indexSchema = z.object({
  specification: z.string(),
  count: z.number(),
  services: z.array(z.object({ id: z.string(), name: z.string(), file: z.string() })),
});

describe('the open data the build publishes', () => {
  it('serves an HSDS 3.0 index and one valid service file per listing shown, kept out of the offline copy', async () => {
    const index = indexSchema.parse(await (await fetch(`${baseUrl}/hsds/index.json`)).json());
    const shown = realRecords.filter((record) => record.status === 'active' || record.status === 'temporarily-closed');
    expect(index.count).toBe(shown.length);
    expect(index.services.map(({ name }) => name).sort()).toEqual(shown.map(({ name }) => name).sort());
    const check = serviceChecker();
    for (const entry of index.services.slice(0, 25)) {
      const service: unknown = await (await fetch(`${baseUrl}/hsds/${entry.file}`)).json();
      expect(check(service), entry.file).toEqual([]);
    }
    // The tabular form: a datapackage naming each CSV, and one services.csv row per listing.
    const datapackage = z.object({ resources: z.array(z.object({ name: z.string(), path: z.string() })) }).parse(await (await fetch(`${baseUrl}/hsds/datapackage.json`)).json());
    expect(datapackage.resources.map(({ name }) => name)).toEqual(expect.arrayContaining(['service', 'organization', 'location', 'address', 'phone', 'schedule', 'attribute', 'taxonomy_term', 'taxonomy', 'metadata']));
    for (const { path } of datapackage.resources) expect((await fetch(`${baseUrl}/hsds/${path}`)).status, path).toBe(200);
    const servicesCsv: string[][] = parse(await (await fetch(`${baseUrl}/hsds/services.csv`)).text());
    expect(servicesCsv.length - 1).toBe(shown.length);
    const worker = await (await fetch(`${baseUrl}/sw.js`)).text();
    expect(worker).toContain('index.html');
    expect(worker).not.toContain('hsds/');
  });

  it('comes back with no proposed change when the published dataset is taken in again', () => {
    const result = proposeFromFeed('dist/hsds', { records: realRecords, tables: datapackageTables().tables, check: serviceChecker(), today: new Date().toISOString().slice(0, 10) });
    if (!result.ok) throw new Error(result.problems.slice(0, 10).join('\n'));
    expect(result.review.services).toBe(realRecords.filter((record) => record.status === 'active' || record.status === 'temporarily-closed').length);
    expect(result.review.matched).toBe(result.review.services);
    expect(result.review.proposals).toEqual([]);
  });

  it('the privacy page says the data is open, with its date and licence, and links files that are there', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=en&page=privacy`);
    await page.getByRole('heading', { name: en.privacy.openDataHeading }).waitFor();
    const section = page.locator('.privacy-page');
    expect(await section.textContent()).toContain(en.privacy.openDataLicence);
    expect(await section.textContent()).toMatch(/Listings as of [A-Z][a-z]+ (\d{1,2}, )?\d{4}\./);
    for (const name of [en.privacy.openDataLink, 'datapackage.json']) {
      const href = await page.getByRole('link', { name, exact: true }).evaluate((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.href : ''));
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type') ?? '', href).toContain('json');
    }
    expect(pageErrors).toEqual([]);
  });
});
