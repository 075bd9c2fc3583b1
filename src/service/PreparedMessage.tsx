import { useId, useState, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { curatorsAddress } from './curatorsAddress';
import { uriPart } from './uriPart';

interface PreparedMessageProps {
  summary: string;
  subject: string;
  body: string;
  /** What the person fills in, above the message it makes. */
  children: ReactNode;
}

/**
 * A message the person sends themselves: shown in full, to copy, or to open in their e-mail app
 * addressed to the curators when the site has their address. The app has no server, so nothing
 * leaves the device unless the person sends it.
 */
export function PreparedMessage({ summary, subject, body, children }: PreparedMessageProps) {
  const [copied, setCopied] = useState(false);
  const textId = useId();
  const text = messages.safety;
  const address = curatorsAddress();
  function copy() {
    void navigator.clipboard?.writeText(body).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <details className="prepared-message">
      <summary>{summary}</summary>
      <p>{messages.reports.nothingAboutYou}</p>
      {children}
      <p>{address ? messages.reports.sendTo(address) : messages.reports.noAddress}</p>
      <textarea id={textId} readOnly value={body} rows={Math.min(14, body.split('\n').length + 1)} aria-label={summary} />
      <div className="prepared-actions">
        <button type="button" className="button button--quiet" onClick={copy}>
          {text.copy}
        </button>
        {address ? (
          <a className="button button--quiet" href={`mailto:${encodeURIComponent(address)}?subject=${uriPart(subject)}&body=${uriPart(body)}`}>
            {text.openEmail}
          </a>
        ) : null}
        <span role="status">{copied ? text.copied : ''}</span>
      </div>
    </details>
  );
}
