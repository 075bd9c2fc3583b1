import { rightsFileSchema, type RightsFile, type RightsStatement } from '../data/rightsSchema';
import type { ShownText } from './recordTranslations';

let rights: Promise<RightsFile> | undefined;

/** The Know Your Rights statements, fetched the first time a page needs them. */
export function loadRights(): Promise<RightsFile> {
  rights ??= import('../../data/rights/rights.json').then(
    (file) => rightsFileSchema.parse(file.default),
    (error: unknown) => {
      rights = undefined;
      throw error;
    },
  );
  return rights;
}

/** A statement in the reader's language, or its English marked as such. */
export function statementText(statement: RightsStatement, locale: string): ShownText {
  const translated = statement.text[locale];
  return translated ? { text: translated, inEnglish: false } : { text: statement.text.en ?? '', inEnglish: locale !== 'en' };
}
