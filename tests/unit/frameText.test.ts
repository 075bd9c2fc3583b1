import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameTexts, withFrameText } from '../../scripts/frameText';
import { frameLocale } from '../../src/app/frameLocale';
import { readFrameTexts, SAVED_LANGUAGE_KEY } from '../../src/app/frameText';
import { NEUTRAL_SITE } from '../../src/app/quickExit';
import { parseSearchState } from '../../src/filters/searchState';
import { en } from '../../src/i18n/en';
import { LOCALES, localeFromBrowser } from '../../src/i18n/locales';
import ar from '../../src/i18n/locales/ar';
import es from '../../src/i18n/locales/es';
import { CHOICE_KEYS } from '../../src/storage/deviceChoices';

const KNOWN = LOCALES.map(({ code }) => code);

/** The app's own choice: the address (the fragment when it holds the state), the saved choice, the browser. */
function appLocale(address: { search: string; hash: string }, saved: string | null, browser: readonly string[]): string {
  const fragment = address.hash.slice(1);
  const inAddress = parseSearchState(fragment.includes('=') ? fragment : address.search.slice(1)).lang;
  const savedLang = parseSearchState(new URLSearchParams({ lang: saved ?? '' }).toString()).lang;
  return inAddress ?? savedLang ?? localeFromBrowser(browser);
}

describe('the language of the first frame', () => {
  const addresses = [
    { search: '', hash: '' },
    { search: '?q=legal&lang=es', hash: '' },
    { search: '?lang=xx', hash: '' },
    { search: '?lang=pl', hash: '#q=food&lang=ar' },
    { search: '?lang=pl', hash: '#results' },
    { search: '', hash: '#lang=zh-Hans' },
    // Common tags map to the nearest interface language; Traditional Chinese has none.
    { search: '', hash: '#lang=zh' },
    { search: '?lang=es-MX', hash: '' },
    { search: '', hash: '#q=food&lang=zh-TW' },
  ];
  const saved = [null, 'ur', 'klingon', ''];
  const browsers = [[], ['en-US'], ['es-MX', 'en'], ['zh-TW', 'ko-KR'], ['zh-CN'], ['ZH-Hant-HK', 'fr-CA'], ['fil-PH'], ['de-DE', 'uk'], ['pt-BR']];

  it('is the one the app will speak, for every address, saved choice and browser language', () => {
    let cases = 0;
    for (const address of addresses) {
      for (const choice of saved) {
        for (const browser of browsers) {
          expect(frameLocale(address, choice, browser, KNOWN), JSON.stringify({ address, choice, browser })).toBe(appLocale(address, choice, browser));
          cases += 1;
        }
      }
    }
    expect(cases).toBe(324);
  });

  it('reads the saved choice under the key the app saves it with', () => {
    expect(SAVED_LANGUAGE_KEY).toBe(CHOICE_KEYS.language);
  });
});

describe('the first frame’s words', () => {
  it('come from the catalogs, for every interface language, with its direction', () => {
    const texts = frameTexts();
    expect(Object.keys(texts)).toEqual(KNOWN);
    expect(texts.en).toEqual({ dir: 'ltr', quickExit: en.safety.quickExit, quickExitHint: en.safety.quickExitHint, stillLoading: en.stillLoading });
    expect(texts.es?.quickExit).toBe(es.safety.quickExit);
    expect(texts.ar).toEqual({ dir: 'rtl', quickExit: ar.safety.quickExit, quickExitHint: ar.safety.quickExitHint, stillLoading: ar.stillLoading });
  });

  it('are written into the page as data that no text can break out of, and read back whole', () => {
    const texts = { en: { dir: 'ltr' as const, quickExit: 'Quick exit', quickExitHint: '</script><script>alert(1)</script>', stillLoading: 'Wait' } };
    const html = withFrameText('<html><head><title>x</title></head><body></body></html>', texts);
    const element = /<script type="application\/json" id="frame-text">(.*?)<\/script>/.exec(html);
    expect(element?.[1]).not.toContain('<');
    expect(html.indexOf('id="frame-text"')).toBeLessThan(html.indexOf('</head>'));
    expect(Object.fromEntries(readFrameTexts(element?.[1]))).toEqual(texts);
  });

  it('leave out a language whose entry is malformed, and nothing breaks on bad data', () => {
    const json = JSON.stringify({ es: { dir: 'ltr', quickExit: 'Salida rápida', quickExitHint: 'h', stillLoading: 's' }, ar: { dir: 'up', quickExit: 'x', quickExitHint: 'h', stillLoading: 's' }, pl: { dir: 'ltr' } });
    expect([...readFrameTexts(json).keys()]).toEqual(['es']);
    expect(readFrameTexts('{not json').size).toBe(0);
    expect(readFrameTexts('[1, 2]').size).toBe(0);
    expect(readFrameTexts(null).size).toBe(0);
  });

  it('are, in English, what index.html paints before any script has come', () => {
    const page = readFileSync('index.html', 'utf8');
    expect(page).toContain(`<a class="quick-exit" href="${NEUTRAL_SITE}"`);
    expect(page).toContain(`>${en.safety.quickExit}</a>`);
    expect(page).toContain(`<p class="boot-slow" role="status">${en.stillLoading}</p>`);
  });

  it('stop the build when the page has no head to put them in', () => {
    expect(() => withFrameText('<body></body>', frameTexts())).toThrow(/no <\/head>/);
  });
});
