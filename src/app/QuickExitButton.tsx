import { messages } from '../i18n/messages';
import { quickExit } from './quickExit';

/** First in the tab order and on the screen: one press and this site is gone. */
export function QuickExitButton() {
  return (
    <button type="button" className="quick-exit" onClick={quickExit} title={messages.safety.quickExitHint}>
      {messages.safety.quickExit}
    </button>
  );
}
