import { useId, useState } from 'react';
import { messages } from '../i18n/messages';

interface PreparedMessageProps {
  summary: string;
  intro: string;
  subject: string;
  body: string;
}

/**
 * A message the user sends themselves: shown in full, to copy or to open in their email app. The app
 * has no server, so nothing leaves the device unless the user sends it.
 */
export function PreparedMessage({ summary, intro, subject, body }: PreparedMessageProps) {
  const [copied, setCopied] = useState(false);
  const textId = useId();
  const text = messages.safety;
  function copy() {
    void navigator.clipboard?.writeText(body).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <details className="prepared-message">
      <summary>{summary}</summary>
      <p>{intro}</p>
      <textarea id={textId} readOnly value={body} rows={Math.min(14, body.split('\n').length + 1)} aria-label={summary} />
      <div className="prepared-actions">
        <button type="button" className="button button--quiet" onClick={copy}>
          {text.copy}
        </button>
        <a className="button button--quiet" href={`mailto:?subject=${mailtoPart(subject)}&body=${mailtoPart(body)}`}>
          {text.openEmail}
        </a>
        <span role="status">{copied ? text.copied : ''}</span>
      </div>
    </details>
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** encodeURIComponent throws on a broken character; validation keeps those out of the data, and this keeps a slip from taking the page down. */
function mailtoPart(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}
