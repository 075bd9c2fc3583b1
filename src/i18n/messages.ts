import { en, type Messages } from './en';
import { localeByCode, type Locale, type LocaleCode } from './locales';
import { loadRecordTranslations } from './recordTranslations';

export type { Messages } from './en';

/**
 * The active catalog. Modules read `messages.x` when they render, and an ES module's exported `let`
 * is live, so after setLocale() the next render speaks the new language. Only the chosen locale's
 * catalog is fetched; English is built in.
 */
export let messages: Messages = en;
export let activeLocale: Locale = localeByCode('en') ?? { code: 'en', name: 'English', dir: 'ltr', intl: 'en-US' };

/** A locale's catalog, fetched if need be: the app's, or a bilingual handout's second language. */
export async function catalogFor(code: LocaleCode): Promise<Messages> {
  if (code === 'en') return en;
  // Looked up here rather than at the top, so that scripts run outside Vite (the search benchmark) can load this module.
  const catalogs = import.meta.glob<Messages>('./locales/*.ts', { import: 'default' });
  const load = catalogs[`./locales/${code}.ts`];
  return load ? load() : en;
}

/** Loads and switches to a locale (English for one not shipped) with its record translations, and sets the page's lang and dir. */
export async function setLocale(code: LocaleCode): Promise<void> {
  const locale = localeByCode(code) ?? activeLocale;
  const [catalog] = await Promise.all([catalogFor(locale.code), loadRecordTranslations(locale.code)]);
  messages = catalog;
  activeLocale = messages === en ? (localeByCode('en') ?? locale) : locale;
  document.documentElement.lang = activeLocale.code;
  document.documentElement.dir = activeLocale.dir;
}
