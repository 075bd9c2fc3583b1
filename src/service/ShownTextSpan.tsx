import { messages } from '../i18n/messages';
import type { ShownText } from '../i18n/recordTranslations';

/** Record text in the reader's language, or the English marked "(in English)" and tagged for screen readers. */
export function ShownTextSpan({ shown }: { shown: ShownText }) {
  if (!shown.inEnglish) return <>{shown.text}</>;
  return (
    <>
      {/* <bdi> keeps "211 Metro Chicago helpline" in its own order inside right-to-left text. */}
      <bdi lang="en">{shown.text}</bdi> <span className="in-english">{messages.inEnglish}</span>
    </>
  );
}
