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

/** The first of the browser's languages that the app speaks (zh, zh-CN and zh-SG are Simplified Chinese; fil is Tagalog); else English. */
export function localeFromBrowser(languages: readonly string[]): LocaleCode {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      if (/^zh-(hant|tw|hk|mo)/.test(lower)) continue;
      return 'zh-Hans';
    }
    const primary = lower.split('-')[0] === 'fil' ? 'tl' : lower.split('-')[0];
    const match = LOCALES.find((locale) => locale.code === primary);
    if (match) return match.code;
  }
  return 'en';
}
