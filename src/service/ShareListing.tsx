import { useState } from 'react';
import type { ServiceRecord } from '../data/schema';
import { DEFAULT_STATE } from '../filters/searchState';
import { hrefFor } from '../filters/useSearchState';
import { activeLocale, messages } from '../i18n/messages';
import './share.css';
import { uriPart } from './uriPart';

/** The listing's own link in the reader's language: nothing of their search or their place goes with it. */
export function listingLink(id: string): string {
  return `${window.location.origin}${hrefFor({ ...DEFAULT_STATE, selectedId: id, lang: activeLocale.code })}`;
}

type Shown = 'button' | 'choices';

/**
 * Share a listing: the phone's own share sheet where there is one; otherwise, or if it refuses, copy the
 * link, a text message or WhatsApp. Nothing is sent anywhere until the person picks one and sends it.
 */
export function ShareListing({ record }: { record: ServiceRecord }) {
  const canShare = typeof navigator.share === 'function';
  const [shown, setShown] = useState<Shown>(canShare ? 'button' : 'choices');
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const text = messages.reports.share;
  const link = listingLink(record.id);
  const message = `${record.name}: ${link}`;

  async function share() {
    try {
      await navigator.share({ title: record.name, url: link });
    } catch (error) {
      // Cancelled by the person: nothing to do. Refused by the browser: offer the other ways.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShown('choices');
    }
  }

  function copy() {
    const written = navigator.clipboard?.writeText(link);
    if (!written) return setCopied('failed');
    written.then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  }

  if (shown === 'button') {
    return (
      <div className="share">
        <button type="button" className="button button--quiet" onClick={() => void share()}>
          {text.share}
        </button>
        <p className="share-note">{text.shareNote}</p>
      </div>
    );
  }
  // Without a share sheet the choices wait behind one line; open at once when the sheet was refused.
  return (
    <details className="share" open={canShare}>
      <summary>{text.share}</summary>
      <p className="share-link">
        <bdi dir="ltr">{link}</bdi>
      </p>
      <div className="share-actions">
        <button type="button" className="button button--quiet" onClick={copy}>
          {text.copyLink}
        </button>
        <a className="button button--quiet" href={`sms:?&body=${uriPart(message)}`}>
          {text.textMessage}
        </a>
        <a className="button button--quiet" href={`https://wa.me/?text=${uriPart(message)}`} target="_blank" rel="noopener noreferrer">
          {text.whatsApp}
        </a>
      </div>
      <p role="status">{copied === 'yes' ? text.linkCopied : copied === 'failed' ? text.copyFailed : ''}</p>
      <p className="share-note">{text.shareNote}</p>
    </details>
  );
}
