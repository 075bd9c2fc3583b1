import type { RefObject } from 'react';
import type { RetiredListings } from '../data/retired';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';

type Closed = RetiredListings['closed'][string];

/** What a shared link to a closed place shows: that it closed, when, and who says so. */
export function ClosedNotice({ closed, headingRef }: { closed: Closed; headingRef?: RefObject<HTMLHeadingElement | null> }) {
  const text = messages.freshness;
  const source = (
    <a href={closed.source.url} target="_blank" rel="noopener noreferrer">
      <bdi lang="en">{closed.source.name}</bdi>
    </a>
  );
  const [before, after] = splitAround(closed.closedOn ? text.closedOn(formatPartialDate(closed.closedOn), MARK) : text.closedUndated(MARK));
  return (
    <div className="not-found closed-notice" role="alert">
      <h2 tabIndex={-1} ref={headingRef}>
        {text.closedTitle}: <bdi lang="en">{closed.name}</bdi>
      </h2>
      <p>
        {before}
        {source}
        {after}
      </p>
      <p className="hint">
        <bdi lang="en">{closed.source.name}</bdi>: {text.sourceDated(formatPartialDate(closed.source.date))}
      </p>
      <p>{text.closedAdvice}</p>
    </div>
  );
}

/** Stands for the source's link inside a translated sentence, so the sentence keeps its own word order. */
const MARK = '\u0000';

function splitAround(sentence: string): [string, string] {
  const at = sentence.indexOf(MARK);
  return at === -1 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + 1)];
}
