/** The interface languages, each named in its own language, in the order the switcher lists them. */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-US' },
  { code: 'es', name: 'Español', dir: 'ltr', intl: 'es-US' },
  { code: 'pl', name: 'Polski', dir: 'ltr', intl: 'pl-PL' },
  { code: 'zh-Hans', name: '中文（简体）', dir: 'ltr', intl: 'zh-Hans-CN' },
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar' },
  { code: 'uk', name: 'Українська', dir: 'ltr', intl: 'uk-UA' },
  { code: 'tl', name: 'Tagalog', dir: 'ltr', intl: 'fil' },
  { code: 'ko', name: '한국어', dir: 'ltr', intl: 'ko-KR' },
  { code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr' },
  { code: 'ur', name: 'اردو', dir: 'rtl', intl: 'ur' },
] as const;

export type Locale = (typeof LOCALES)[number];
export type LocaleCode = Locale['code'];

export function localeByCode(code: string | null | undefined): Locale | undefined {
  return LOCALES.find((locale) => locale.code === code);
}

/** The interface language for a language tag: es-MX is Spanish, zh and zh-CN Simplified Chinese, fil Tagalog; none for zh-Hant or a tag it does not speak. */
export function localeFromTag(tag: string | null | undefined): LocaleCode | undefined {
  if (!tag) return undefined;
  const exact = localeByCode(tag);
  if (exact) return exact.code;
  const lower = tag.toLowerCase();
  if (/^zh(-|$)/.test(lower)) return /^zh-(hant|tw|hk|mo)/.test(lower) ? undefined : 'zh-Hans';
  const primary = lower.split('-')[0] === 'fil' ? 'tl' : lower.split('-')[0];
  return LOCALES.find((locale) => locale.code === primary)?.code;
}

/** The first of the browser's languages that the app speaks (by localeFromTag); else English. */
export function localeFromBrowser(languages: readonly string[]): LocaleCode {
  for (const tag of languages) {
    const code = localeFromTag(tag);
    if (code) return code;
  }
  return 'en';
}
