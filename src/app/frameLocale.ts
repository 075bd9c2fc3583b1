/**
 * The language of the page's first frame, chosen as the app will choose it (src/app/main.tsx): the
 * address's `lang`, else the one saved on this device, else the first of the browser's languages that
 * the app speaks, else English. The early script cannot import the app's own modules (src/i18n/locales.ts,
 * src/filters/searchState.ts) without waiting for the app's code, so the rules are repeated here; a unit
 * test holds the two to the same answers.
 */
export function frameLocale(address: { search: string; hash: string }, saved: string | null, browser: readonly string[], known: readonly string[]): string {
  const fragment = address.hash.slice(1);
  const fromAddress = new URLSearchParams(fragment.includes('=') ? fragment : address.search.slice(1)).get('lang');
  for (const tag of [fromAddress, saved, ...browser]) {
    const code = tag ? localeOfTag(tag, known) : undefined;
    if (code) return code;
  }
  return 'en';
}

/** As src/i18n/locales.ts's localeFromTag: es-MX is es, zh and zh-CN are zh-Hans, fil is tl, zh-Hant is none. */
function localeOfTag(tag: string, known: readonly string[]): string | undefined {
  if (known.includes(tag)) return tag;
  const lower = tag.toLowerCase();
  if (/^zh(-|$)/.test(lower)) return /^zh-(hant|tw|hk|mo)/.test(lower) || !known.includes('zh-Hans') ? undefined : 'zh-Hans';
  const primary = lower.split('-')[0] === 'fil' ? 'tl' : (lower.split('-')[0] ?? '');
  return known.includes(primary) ? primary : undefined;
}
