/**
 * Intl formatters made once per locale and options and then reused. Making one costs far more than using
 * it (it loads locale data), and a page of results formats hundreds of dates, days, times and names.
 */
function reused<Options, Formatter>(make: (locale: string, options: Options) => Formatter) {
  const made = new Map<string, Formatter>();
  return (locale: string, options: Options): Formatter => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = make(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat = reused((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = reused((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const displayNames = reused((locale, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames([locale], options));
export const collator = reused((locale, options: Intl.CollatorOptions) => new Intl.Collator(locale, options));
