import type { RightsFile, RightsStatement } from '../data/rightsSchema';
import type { LocaleCode } from './locales';
import type { ShownText } from './recordTranslations';

// One file per language, each with English beside it, checked at build time (see scripts/rightsByLanguagePlugin.ts).
const files: Record<LocaleCode, () => Promise<{ default: RightsFile }>> = {
  en: () => import('virtual:rights/en'),
  es: () => import('virtual:rights/es'),
  pl: () => import('virtual:rights/pl'),
  'zh-Hans': () => import('virtual:rights/zh-Hans'),
  ar: () => import('virtual:rights/ar'),
  uk: () => import('virtual:rights/uk'),
  tl: () => import('virtual:rights/tl'),
  ko: () => import('virtual:rights/ko'),
  fr: () => import('virtual:rights/fr'),
  ur: () => import('virtual:rights/ur'),
};

const loaded = new Map<LocaleCode, Promise<RightsFile>>();

/** The Know Your Rights statements in one language (with English), fetched the first time they are needed. */
export function loadRights(locale: LocaleCode): Promise<RightsFile> {
  let rights = loaded.get(locale);
  if (!rights) {
    rights = files[locale]().then(
      (file) => file.default,
      (error: unknown) => {
        loaded.delete(locale);
        throw error;
      },
    );
    loaded.set(locale, rights);
  }
  return rights;
}

/** A statement in the reader's language, or its English marked as such. */
export function statementText(statement: RightsStatement, locale: string): ShownText {
  const translated = statement.text[locale];
  return translated ? { text: translated, inEnglish: false } : { text: statement.text.en ?? '', inEnglish: locale !== 'en' };
}
