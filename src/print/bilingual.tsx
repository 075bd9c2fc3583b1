import { activeLocale, messages, type Messages } from '../i18n/messages';

/** A bilingual handout's second language: its catalog, its code, how it formats dates and numbers, and its direction. */
export interface SecondLanguage {
  code: string;
  intl: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
}

/** Picks one text from a catalog; `intl` is that language's locale, for the dates and numbers inside it. */
export type PickText = (catalog: Messages, intl: string) => string;

/** Plain text in the handout's language, and in the second language after a slash: for the document's title. */
export function bilingualText(pick: PickText, second: SecondLanguage | null): string {
  const first = pick(messages, activeLocale.intl);
  const other = second ? pick(second.messages, second.intl) : first;
  return other === first ? first : `${first} / ${other}`;
}

/**
 * The same text set apart in its own direction, so an Arabic or Urdu line keeps its order beside English
 * (and English beside them), and a screen reader or translator knows its language.
 */
export function Bilingual({ pick, second }: { pick: PickText; second: SecondLanguage | null }) {
  const first = pick(messages, activeLocale.intl);
  const other = second ? pick(second.messages, second.intl) : first;
  if (second === null || other === first) return <>{first}</>;
  return (
    <>
      <bdi>{first}</bdi>
      <span className="print-second">
        {' / '}
        <bdi lang={second.code} dir={second.dir}>
          {other}
        </bdi>
      </span>
    </>
  );
}
