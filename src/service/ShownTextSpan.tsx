import { messages } from '../i18n/messages';
import type { ShownText } from '../i18n/recordTranslations';

/** Record text in the reader's language, or the English marked "(in English)" and tagged for screen readers. */
export function ShownTextSpan({ shown }: { shown: ShownText }) {
  if (!shown.inEnglish) return <>{shown.text}</>;
  return (
    <>
      <span lang="en">{shown.text}</span> <span className="in-english">{messages.inEnglish}</span>
    </>
  );
}
