import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rightsFileSchema } from '../../src/data/rightsSchema';
import { LOCALES } from '../../src/i18n/locales';

const rights = rightsFileSchema.parse(JSON.parse(readFileSync('data/rights/rights.json', 'utf8')));
const statements = rights.sections.flatMap((section) => section.statements);

describe('the Know Your Rights statements in data/rights/rights.json', () => {
  it('cover rights at home, on the street, at work, with immigration agents, and finding a real lawyer', () => {
    const sections = rights.sections.map((section) => section.id);
    expect(sections).toEqual(expect.arrayContaining(['home', 'street', 'work', 'agents', 'lawyer', 'notario']));
    for (const section of rights.sections) expect(section.statements.length, section.id).toBeGreaterThanOrEqual(1);
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
  });

  it('name for each statement a public page, over https, and the words on it that say so', () => {
    for (const statement of statements) {
      expect(statement.source.url, statement.id).toMatch(/^https:\/\//);
      expect(statement.quote.length, statement.id).toBeGreaterThan(20);
    }
  });

  it.each(LOCALES.map(({ code }) => code))('are all in %s, with the numbers of the English', (code) => {
    for (const statement of statements) {
      const text = statement.text[code];
      expect(text, `${statement.id} in ${code}`).toBeTruthy();
      const numbers = (value: string | undefined) => (value ?? '').match(/\d+/g)?.join(' ') ?? '';
      expect(numbers(text), `${statement.id} in ${code}`).toBe(numbers(statement.text.en));
    }
  });
});
