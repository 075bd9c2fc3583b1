import { useId } from 'react';
import { activeLocale, messages } from '../i18n/messages';
import { LOCALES, type LocaleCode } from '../i18n/locales';

/** Each language named in its own words; the choice goes into the address (#lang=es). */
export function LanguageSwitcher({ onChange }: { onChange: (code: LocaleCode) => void }) {
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{messages.languageSwitcher}</label>
      <select id={id} value={activeLocale.code} onChange={(event) => onChange(LOCALES.find(({ code }) => code === event.target.value)?.code ?? 'en')}>
        {LOCALES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
