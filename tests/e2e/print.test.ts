import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en';
import es from '../../src/i18n/locales/es';
import { browserForThisFile, openPage, stateIn } from './browser';
import { flat, printedText, printToPdf, qrCodesOnPages, type PrintedPdf } from './pdf';
import { realRecords } from './realData';

const baseUrl = inject('baseUrl');
const browser = browserForThisFile();

const LETTER: [number, number] = [612, 792];
/** Each entry's last line says how old it is: "City list, Oct 7, 2015 · May have closed: call first." */
const AGE_LINE = new RegExp(`(?:${Object.values(en.freshness.kinds).map((kind) => kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}), `, 'g');
const A4: [number, number] = [595.28, 841.89];

/** Entry numbers whose heading ("12. Name") is on each page. */
function entryNumbersByPage(pdf: PrintedPdf): number[][] {
  return pdf.pageTexts.map((text) => [...text.matchAll(/^(\d+)\. \S/gm)].map((match) => Number(match[1])));
}

/**
 * An entry straddles a page break when its heading and its last line (its age, AGE_LINE) are on
 * different pages: then some page has more headings than last lines, or fewer.
 */
function expectNoEntrySplit(pdf: PrintedPdf, lastLine: RegExp, count: number): void {
  const headings = entryNumbersByPage(pdf);
  pdf.pageTexts.forEach((text, index) => {
    expect((flat(text).match(lastLine) ?? []).length, `page ${index + 1}`).toBe(headings[index]?.length ?? 0);
  });
  expect(headings.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
  // No blank pages: after the first (which may hold only the header and the map), each has an entry.
  headings.slice(1).forEach((onPage, index) => expect(onPage.length, `page ${index + 2}`).toBeGreaterThan(0));
}

function expectPageNumbers(pdf: PrintedPdf): void {
  pdf.pageTexts.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(`${index + 1} / ${pdf.pages}`));
}

async function printedIds(page: Page): Promise<string[]> {
  return page.locator('.print-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-record-id') ?? ''));
}

describe('printed handouts', () => {
  it('prints the current results on US Letter: header, hotlines, whole entries, page numbers and codes that scan', async () => {
    const { page, pageErrors, strayRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal&need=free`);
    const shown = Number(/^\d+/.exec((await page.locator('.result-count').textContent()) ?? '')?.[0]);
    await page.getByRole('button', { name: en.print.printResults }).click();
    await page.locator('.print-entry').first().waitFor();
    expect(stateIn(page.url()).get('print')).toBe('results');
    const ids = await printedIds(page);
    expect(ids).toHaveLength(shown);

    // Each code is at least 2 cm across, with its quiet zone of 4 modules round it, and its link in text.
    await page.emulateMedia({ media: 'print' });
    const codeSizes = await page.locator('svg.qr').evaluateAll((codes) =>
      codes.map((code) => {
        const viewBox = code.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
        const modules = (viewBox[2] ?? 0) - 8;
        return ((code.getBoundingClientRect().width * modules) / (viewBox[2] ?? 1) / 96) * 25.4;
      }),
    );
    expect(codeSizes).toHaveLength(shown + 1);
    expect(Math.min(...codeSizes)).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.print-entry .print-link').first().textContent()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#lang=en&id=/);

    const pdf = await printToPdf(page, 'results');
    expect(pdf.size).toEqual(LETTER);
    // At least four entries to a page on average, the header and the phone lines included.
    expect(shown / pdf.pages).toBeGreaterThanOrEqual(4);
    const first = flat(pdf.pageTexts[0] ?? '');
    expect(first).toContain(en.print.titles.results);
    expect(first).toContain('Filters: Legal help, Free');
    expect(first).toMatch(/Printed \w+ \d+, \d{4}/);
    expect(first).toContain(en.print.hotlines);
    expect(first).toContain('211 Metro Chicago helpline');
    expectPageNumbers(pdf);
    expectNoEntrySplit(pdf, AGE_LINE, shown);

    // Every entry's code opens that entry; page 1 also has the handout's own code.
    const codes = qrCodesOnPages(pdf);
    const entryCodes = codes.flat().filter((url) => stateIn(url).get('id') !== null);
    expect(entryCodes.map((url) => stateIn(url).get('id')).sort()).toEqual([...ids].sort());
    codes.forEach((onPage, index) => expect(onPage.filter((url) => stateIn(url).has('id')).length).toBe(entryNumbersByPage(pdf)[index]?.length));
    expect(codes[0]?.some((url) => stateIn(url).get('print') === 'results')).toBe(true);
    const [firstCode = ''] = entryCodes;
    await page.emulateMedia({ media: 'screen' });
    await page.goto(firstCode);
    await page.locator(`.details[data-record-id="${stateIn(firstCode).get('id')}"]`).waitFor();
    expect(pageErrors).toEqual([]);
    expect(strayRequests).toEqual([]);
    await page.context().close();
  });

  it('keeps a print list in the address: add, reorder, remove, bookmark, and print just those', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#cat=legal`);
    const cards = page.locator('.cards article');
    await cards.first().waitFor();
    const firstThree = (await cards.evaluateAll((all) => all.slice(0, 3).map((card) => card.getAttribute('data-record-id') ?? '')));
    for (const id of firstThree) {
      await page.locator(`.cards article[data-record-id="${id}"]`).getByRole('button', { name: en.print.addToList }).click();
    }
    expect(stateIn(page.url()).get('pick')).toBe(firstThree.join(','));
    const list = page.locator('.print-list');
    const [a = '', b = '', c = ''] = firstThree;
    await list.locator(`li[data-pick-id="${a}"]`).getByRole('button', { name: /down/ }).click();
    expect(stateIn(page.url()).get('pick')).toBe([b, a, c].join(','));
    await list.locator(`li[data-pick-id="${c}"]`).getByRole('button', { name: /Remove/ }).click();
    expect(stateIn(page.url()).get('pick')).toBe([b, a].join(','));

    await page.reload();
    await page.getByRole('button', { name: en.print.printList(2) }).click();
    await page.locator('.print-entry').first().waitFor();
    expect(await printedIds(page)).toEqual([b, a]);
    const pdf = await printToPdf(page, 'list');
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expectNoEntrySplit(pdf, AGE_LINE, 2);
    const text = printedText(pdf);
    const names = [b, a].map((id) => realRecords.find((record) => record.id === id)?.name ?? id);
    expect(text.indexOf(`1. ${names[0]}`)).toBeGreaterThan(-1);
    expect(text.indexOf(`2. ${names[1]}`)).toBeGreaterThan(text.indexOf(`1. ${names[0]}`));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("prints a ZIP's directory on A4 in one action, grouped by kind of help, with a numbered locator map", async () => {
    const { page, pageErrors, tileRequests } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#near=60608`);
    await page.getByRole('button', { name: en.print.areaDirectory('60608') }).click();
    const tilesBeforePrinting = tileRequests.length;
    await page.locator('.print-entry').first().waitFor();
    await page.getByLabel(en.print.paper).selectOption('a4');
    await page.locator('svg.locator-map').waitFor();
    const inZip = realRecords.filter((record) => record.location?.zip === '60608');
    expect(await page.locator('.print-entry').count()).toBe(inZip.length);
    // Every entry with a point is numbered on the map once, alone or in a shared label.
    const mapped = (await page.locator('svg.locator-map .locator-label').evaluateAll((labels) => labels.map((label) => label.getAttribute('data-numbers') ?? ''))).flatMap((numbers) => numbers.split(' ')).map(Number);
    expect(mapped.length).toBe(inZip.filter((record) => record.location?.point).length);
    expect(new Set(mapped).size).toBe(mapped.length);

    const pdf = await printToPdf(page, 'area');
    expect(pdf.size.map(Math.round)).toEqual(A4.map(Math.round));
    expect(inZip.length / pdf.pages, `${inZip.length} entries on ${pdf.pages} pages`).toBeGreaterThanOrEqual(4);
    const text = printedText(pdf);
    expect(text).toContain(en.print.titles.area('60608'));
    for (const heading of [en.categoryNames.legal, en.categoryNames.shelter, en.categoryNames.food]) expect(text).toContain(heading);
    expectPageNumbers(pdf);
    expectNoEntrySplit(pdf, AGE_LINE, inZip.length);
    // The locator map is drawn from the boundaries: printing asks nothing of the tile server.
    expect(tileRequests.length).toBe(tilesBeforePrinting);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('prints in the interface language with English alongside', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#lang=es&print=list&pick=enlace-cala-legal-clinic,211-metro-chicago&with=en`);
    await page.locator('.print-second-name').first().waitFor();
    const pdf = await printToPdf(page, 'bilingual');
    const text = printedText(pdf);
    expect(text).toContain(`${es.print.titles.list} / ${en.print.titles.list}`);
    expect(text).toContain(`${es.details.address} / ${en.details.address}`);
    expect(text).toContain('Clínica legal comunitaria gratuita de Enlace Chicago');
    expect(text).toContain('Enlace Chicago free community legal clinic');
    // Each entry says how old its information is, in the reader's language ("Página de la organización, …").
    expect(Object.values(es.freshness.kinds).some((kind) => text.includes(`${kind},`))).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('prints something sensible for an empty list, a sparse entry, and 500 entries', async () => {
    const { page, pageErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}#print=list`);
    await page.locator('.print-empty').waitFor();
    const empty = await printToPdf(page, 'empty');
    expect(empty.pages).toBe(1);
    expect(flat(empty.pageTexts[0] ?? '')).toContain(en.print.empty);

    const sparse = realRecords.find((record) => !record.location && !record.hours && record.languages.length === 0 && !record.website);
    expect(sparse).toBeDefined();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}#print=list&pick=${sparse?.id ?? ''}`);
    await page.locator('.print-entry').waitFor();
    const sparsePdf = await printToPdf(page, 'sparse');
    expect(flat(sparsePdf.pageTexts[0] ?? '')).toContain(en.details.noAddress);
    expect(flat(sparsePdf.pageTexts[0] ?? '')).toContain(en.details.hoursUnknown);
    expect(flat(sparsePdf.pageTexts[0] ?? '')).toContain(en.details.languagesUnknown);

    const fiveHundred = realRecords.slice(0, 500).map((record) => record.id);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}#print=list&pick=${fiveHundred.join(',')}`);
    await page.locator('.print-entry').nth(499).waitFor();
    expect(await page.locator('.print-code figcaption', { hasText: en.print.tooLongForCode }).count()).toBe(1);
    const long = await printToPdf(page, 'five-hundred');
    expect(500 / long.pages).toBeGreaterThanOrEqual(4);
    expectNoEntrySplit(long, AGE_LINE, 500);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
