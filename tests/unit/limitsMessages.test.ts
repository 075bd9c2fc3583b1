import { describe, expect, it } from 'vitest';
import { limitsAr } from '../../src/i18n/limits/ar';
import { limitsEn } from '../../src/i18n/limits/en';
import { limitsEs } from '../../src/i18n/limits/es';
import { limitsFr } from '../../src/i18n/limits/fr';
import { limitsKo } from '../../src/i18n/limits/ko';
import { limitsPl } from '../../src/i18n/limits/pl';
import { limitsTl } from '../../src/i18n/limits/tl';
import { limitsUk } from '../../src/i18n/limits/uk';
import { limitsUr } from '../../src/i18n/limits/ur';
import { limitsZhHans } from '../../src/i18n/limits/zh-Hans';

const ALL = { en: limitsEn, es: limitsEs, pl: limitsPl, uk: limitsUk, 'zh-Hans': limitsZhHans, ar: limitsAr, ko: limitsKo, tl: limitsTl, fr: limitsFr, ur: limitsUr };

describe('the counted language note, by each language’s plural rules', () => {
  it('agrees in English with both numbers', () => {
    expect(limitsEn.languagesStated(12, 140)).toBe('12 of 140 listings say which languages they speak.');
    expect(limitsEn.languagesStated(1, 140)).toBe('1 of 140 listings says which languages it speaks.');
    expect(limitsEn.languagesStated(1, 1)).toBe('1 of 1 listing says which languages it speaks.');
    expect(limitsEn.languagesStated(0, 3)).toBe('0 of 3 listings say which languages they speak.');
  });

  it('uses the Polish genitive after "z" and the verb the first number takes', () => {
    expect(limitsPl.languagesStated(1, 1)).toMatch(/^1 z 1 usługi podaje /);
    expect(limitsPl.languagesStated(3, 140)).toMatch(/^3 z 140 usług podają /);
    expect(limitsPl.languagesStated(12, 140)).toMatch(/^12 z 140 usług podaje /);
    expect(limitsPl.languagesStated(22, 24)).toMatch(/^22 z 24 usług podają /);
  });

  it('uses the Ukrainian genitive and agreement for 1, 21 and the rest', () => {
    expect(limitsUk.languagesStated(1, 21)).toMatch(/^1 з 21 запису вказує,/);
    expect(limitsUk.languagesStated(3, 140)).toMatch(/^3 з 140 записів вказують,/);
  });

  it('agrees in Spanish, French and Urdu with the first number, and counts the second', () => {
    expect(limitsEs.languagesStated(1, 140)).toBe('1 de 140 servicios indica qué idiomas habla.');
    expect(limitsEs.languagesStated(12, 140)).toBe('12 de 140 servicios indican qué idiomas hablan.');
    expect(limitsEs.languagesStated(1, 1)).toBe('1 de 1 servicio indica qué idiomas habla.');
    // In French, 0 and 1 are singular.
    expect(limitsFr.languagesStated(0, 1)).toBe('0 sur 1 adresse indique les langues parlées.');
    expect(limitsFr.languagesStated(12, 140)).toBe('12 sur 140 adresses indiquent les langues parlées.');
    expect(limitsUr.languagesStated(1, 140)).toContain('1 خدمت بتاتی ہے');
    expect(limitsUr.languagesStated(12, 140)).toContain('12 خدمات بتاتی ہیں');
  });

  it('uses the Arabic dual and plural forms of the counted noun', () => {
    expect(limitsAr.languagesStated(1, 2)).toContain('من 2 خدمتين');
    expect(limitsAr.languagesStated(1, 5)).toContain('من 5 خدمات');
    expect(limitsAr.languagesStated(12, 140)).toContain('من 140 خدمة');
  });

  it.each(Object.entries(ALL))('%s keeps both numbers and the place, and has every message', (_code, messages) => {
    expect(messages.languagesStated(12, 140)).toMatch(/12[^\d].*140|140[^\d].*12/);
    expect(messages.outsideChicago('Evanston, IL')).toContain('Evanston, IL');
    expect(messages.outsideHelp.length).toBeGreaterThan(5);
    expect(messages.interpreter.length).toBeGreaterThan(10);
  });
});
