import { useId, useState } from 'react';
import { foldText } from '../search/normalize';
import { activeLocale, messages } from '../i18n/messages';
import { languageName } from '../i18n/formatDate';
import { collator } from '../i18n/intlFormats';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.filters;

/** A language's name in its own script, in English (which people also search by), and in the reader's language. */
export function languageLabel(code: string): { own: string; english: string; reader: string } {
  const name = (locale: string) => languageName(code, locale);
  const english = name('en');
  const own = name(code);
  // Intl knows no name in some languages' own script (sign languages, say): the English name serves.
  const reader = name(activeLocale.intl);
  return { own: own === code ? english : own, english, reader: reader === code ? english : reader };
}

/** Of the results the language counts are over, how many state the languages they serve. */
export interface LanguagesStated {
  stated: number;
  total: number;
}

interface LanguageFilterProps {
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  /** Given, the filter says how few listings state their languages, so that no one takes the rest for English only. */
  languagesStated?: LanguagesStated;
  onChange: (languages: string[]) => void;
}

export function LanguageFilter({ selected, counts, languagesStated, onChange }: LanguageFilterProps) {
  // The list names every language three ways, which is slow to work out on an old phone: only when it is open.
  const [open, setOpen] = useState(false);
  const summary = selected.length === 0 ? text().anyLanguage : selected.map((code) => languageLabel(code).own).join(', ');

  return (
    <details className="control language-filter" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {text().language}: {summary}
      </summary>
      {open ? <LanguagePanel selected={selected} counts={counts} languagesStated={languagesStated} onChange={onChange} /> : null}
    </details>
  );
}

function LanguagePanel({ selected, counts, languagesStated, onChange }: LanguageFilterProps) {
  const [filter, setFilter] = useState('');
  const listId = useId();
  const readerOrder = collator(activeLocale.intl, {});
  const options = [...new Set([...counts.keys(), ...selected])]
    .map((code) => ({ code, count: counts.get(code) ?? 0, ...languageLabel(code) }))
    .sort((a, b) => b.count - a.count || readerOrder.compare(a.reader, b.reader));
  const wanted = foldText(filter.trim());
  const shown = options.filter(({ code, own, english, reader }) =>
    [code, own, english, reader].some((name) => foldText(name).includes(wanted)),
  );

  return (
    <div className="language-panel">
      {languagesStated ? <StatedNote {...languagesStated} /> : null}
      <label htmlFor={listId}>{text().languageSearch}</label>
      <input id={listId} type="text" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" />
      <ul>
        {shown.map(({ code, count, own, reader }) => (
          <li key={code}>
            <label lang={code}>
              <input
                type="checkbox"
                checked={selected.includes(code)}
                onChange={() => onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code])}
              />
              {own}
              {foldText(own) !== foldText(reader) ? <span className="muted"> · {reader}</span> : null} <span className="chip-count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="muted">{text().noLanguageMatch}</p> : null}
    </div>
  );
}

/** "12 of 140 listings say which languages they speak. Others may help through an interpreter: call and ask." */
function StatedNote({ stated, total }: LanguagesStated) {
  if (total === 0) return null;
  const limits = messages.limits;
  return (
    <p className="language-stated">
      {limits.languagesStated(stated, total)}
      {stated < total ? ` ${limits.interpreter}` : null}
    </p>
  );
}
