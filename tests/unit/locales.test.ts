import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStreetPlace } from '../../src/geo/streetGrid';
import { en, type Messages } from '../../src/i18n/en';
import { LOCALES, localeFromBrowser } from '../../src/i18n/locales';

/** Every key path in a catalog, with the kind of value it holds. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value === 'string') return [path];
  if (typeof value === 'object' && value !== null) {
    // The known source phrases are keyed by their English and English itself has none: tests/component/sourcePhrases.test.tsx checks them.
    if (path === 'sourcePhrases') return [path];
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key));
  }
  return [`${path}:${typeof value}`];
}

const shipped = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));

describe('interface languages', () => {
  it('ships a catalog for every language in the switcher but English, and no other', () => {
    expect(shipped.sort()).toEqual(LOCALES.map(({ code }) => code).filter((code) => code !== 'en').sort());
  });

  it.each(shipped)('%s has every message English has, of the same kind, and no other', async (code) => {
    const catalog: unknown = (await import(`../../src/i18n/locales/${code}.ts`)).default;
    expect(shape(catalog).sort()).toEqual(shape(en).sort());
  });

  it.each(shipped)('%s translates, rather than copies, most of the English text', async (code) => {
    const catalog: unknown = (await import(`../../src/i18n/locales/${code}.ts`)).default;
    const texts = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`))
          : [];
    const english = new Map(texts(en));
    const theirs = texts(catalog);
    const copied = theirs.filter(([path, text]) => english.get(path) === text).length;
    expect(copied / theirs.length).toBeLessThan(0.2);
  });

  it.each(shipped)('%s gives a street-corner example that the place box understands', async (code) => {
    const catalog: Messages = (await import(`../../src/i18n/locales/${code}.ts`)).default;
    for (const text of [catalog.place.example, catalog.place.problems['not-found']('x')]) {
      const corner = /26th.*?Kedzie/.exec(text)?.[0];
      expect(corner, text).toBeDefined();
      expect(parseStreetPlace(corner ?? ''), text).toEqual({ kind: 'intersection', first: '26', second: 'KEDZIE' });
    }
  });

  it('follows the browser language, with Simplified Chinese for zh and English for anything else', () => {
    expect(localeFromBrowser(['es-MX', 'en'])).toBe('es');
    expect(localeFromBrowser(['zh-CN'])).toBe('zh-Hans');
    expect(localeFromBrowser(['zh-TW', 'pl'])).toBe('pl');
    expect(localeFromBrowser(['sw-KE', 'ar-SY'])).toBe('ar');
    expect(localeFromBrowser(['fil-PH'])).toBe('tl');
    expect(localeFromBrowser(['fr-CA'])).toBe('fr');
    expect(localeFromBrowser(['ur-PK'])).toBe('ur');
    expect(localeFromBrowser(['xx', '<script>'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });
});
