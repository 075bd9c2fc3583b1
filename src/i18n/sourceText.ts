import { messages } from './messages';
import { english, type ShownText } from './recordTranslations';

/** A short text from a source (a fee, a phone's label): in the reader's language where it is a known phrase, else the English, marked. */
export function sourceText(text: string): ShownText {
  const known = messages.sourcePhrases[text.trim()];
  return known === undefined ? english(text) : { text: known, inEnglish: false };
}
