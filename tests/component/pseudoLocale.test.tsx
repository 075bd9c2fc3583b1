import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { preloadRecordTranslations } from '../../src/i18n/recordTranslations';
import { fixtureRecords } from '../fixtures/records';
import { renderApp } from './renderApp';

/**
 * A pseudo-locale: every catalog message wrapped in ⟦…⟧. Rendered with it, any English word outside
 * the brackets that is not record data or Intl's own output is interface text that bypasses the catalogs.
 */
function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (typeof value === 'function') return (...args: unknown[]) => pseudo(Reflect.apply(value, undefined, args));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudo(inner)]));
  }
  return value;
}

vi.mock('../../src/i18n/en', async (importOriginal) => {
  const original: { en: unknown } = await importOriginal();
  return { en: pseudo(original.en) };
});

vi.mock('../../src/map/ServiceMap', () => ({ default: () => null }));

afterEach(cleanup);

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

const WORD = /\p{L}{2,}/gu;

/** Words a page may show untranslated: the records' own text, and what Intl writes for en-US. */
const allowed = new Set(
  [
    ...stringsIn(fixtureRecords),
    ...['Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun AM PM'],
    ...['January February March April May June July August September October November December'],
    // Language names from Intl, in each language's own words and in English.
    ...fixtureRecords.flatMap(({ languages }) => languages.flatMap((code) => [code, 'en'].map((locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? ''))),
    // The switcher names each language in its own words, and the brand is not translated.
    ...LOCALES.map(({ name }) => name),
    'Chicago Help Map',
    // Links and record ids in a prepared problem report and a shared listing's link.
    'http localhost id lang',
    // The report's block for the curators' workbench, in English in every language by design.
    'Chicago Help Map report end of kind problem suggestion listing field says date app name address phone website languages help source other phones',
  ].flatMap((text) => text.match(WORD) ?? []),
);

/** Every piece of visible or spoken text in the document, with the catalog's bracketed parts removed. */
function untranslatedWords(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A stylesheet's text is not shown.
    if (node.parentElement?.tagName !== 'STYLE') texts.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value);
    }
  }
  // Brackets can nest (a message inside a message) and span text nodes: drop the bracketed text as a whole.
  const joined = texts.join('\n');
  let depth = 0;
  let outside = '';
  for (const character of joined) {
    if (character === '⟦') depth++;
    else if (character === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += character;
  }
  return [...new Set((outside.match(WORD) ?? []).filter((word) => !allowed.has(word)))];
}

describe('a pseudo-locale run', () => {
  it.each([
    ['the home page', '/'],
    ['results with filters', '/?q=legal&cat=legal&open=now&in=es&need=free'],
    ['no results', '/?q=xylophone'],
    ['filters that match nothing', '/?q=pantry&cat=legal'],
    ['the details of a legal clinic', '/?id=fixture-legal-clinic'],
    ['the details of a food pantry', '/?id=fixture-food-pantry'],
    ['a missing listing', '/?id=no-such-record'],
  ])('finds no hard-coded English on %s', (_view, url) => {
    renderApp(url);
    expect(untranslatedWords(document.body)).toEqual([]);
  });

  it('finds no hard-coded English on a printed handout in two languages', async () => {
    renderApp('/?print=list&pick=fixture-legal-clinic,fixture-helpline&with=es');
    await waitFor(() => expect(document.querySelector('.print-entry')).not.toBeNull(), { timeout: 5000 });
    // The second language's listing translations load on their own: let them finish before the page is torn down.
    await preloadRecordTranslations('es');
    // The handout's own link is printed as text, and the fixture's URL is all it adds.
    expect(untranslatedWords(document.body).filter((word) => !['http', 'localhost', 'print', 'list', 'pick', 'fixture', 'legal', 'clinic', 'helpline', 'with', 'es', 'id', 'lang', 'en'].includes(word))).toEqual([]);
  });
});
