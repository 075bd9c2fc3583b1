import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/readDataFiles';
import { validateDataset } from '../../src/data/validate';
import { LOCALES } from '../../src/i18n/locales';
import { catalogFor, setLocale } from '../../src/i18n/messages';
import { sourceText } from '../../src/i18n/sourceText';
import { PhoneList } from '../../src/service/PhoneList';

const { records } = validateDataset(readDataFiles(process.cwd()).files);
/** Every fee and phone label the listings carry: the short source texts a card shows. */
const shortTexts = new Set(records.flatMap((record) => [record.fees ?? '', ...record.phones.map((phone) => phone.label ?? '')]).filter(Boolean));

afterEach(async () => {
  await setLocale('en');
});

describe('short source texts in the reader language', () => {
  it('every language translates the same known phrases, each one found in the listings', async () => {
    const spanish = Object.keys((await catalogFor('es')).sourcePhrases).sort();
    expect(spanish.length).toBeGreaterThanOrEqual(20);
    for (const phrase of spanish) expect(shortTexts, phrase).toContain(phrase);
    for (const { code } of LOCALES.filter(({ code }) => code !== 'en')) {
      const phrases = (await catalogFor(code)).sourcePhrases;
      expect(Object.keys(phrases).sort(), code).toEqual(spanish);
      for (const phrase of spanish) expect(phrases[phrase]?.trim(), `${code}: ${phrase}`).toBeTruthy();
    }
  });

  it('translates a known phrase and marks the rest as English', async () => {
    await setLocale('es');
    expect(sourceText('Free')).toEqual({ text: 'Gratis', inEnglish: false });
    expect(sourceText('Call')).toEqual({ text: 'Llamar', inEnglish: false });
    expect(sourceText('Truman College main number')).toEqual({ text: 'Truman College main number', inEnglish: true });
    await setLocale('en');
    expect(sourceText('Free')).toEqual({ text: 'Free', inEnglish: false });
  });

  it('leaves most cards in one language: the commonest short texts are known phrases', async () => {
    const counts = records.flatMap((record) => [record.fees, ...record.phones.map((phone) => phone.label)]).filter((text) => text !== undefined);
    await setLocale('ar');
    const translated = counts.filter((text) => !sourceText(text).inEnglish).length;
    expect(translated / counts.length).toBeGreaterThan(0.3);
  });

  it('a Spanish card says its phone labels in Spanish, or marks them as English', async () => {
    await setLocale('es');
    const { container } = render(
      <PhoneList
        phones={[
          { kind: 'voice', number: '312-555-0100', label: 'Call' },
          { kind: 'voice', number: '312-555-0101', label: 'Truman College main number' },
        ]}
      />,
    );
    const lines = [...container.querySelectorAll('li')].map((line) => line.textContent);
    expect(lines).toEqual(['Llamar: 312-555-0100 · Llamar', 'Llamar: 312-555-0101 · Truman College main number (en inglés)']);
    expect(container.querySelector('bdi[lang="en"]')?.textContent).toBe('Truman College main number');
  });
});
