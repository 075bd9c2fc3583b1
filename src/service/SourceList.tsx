import type { Source } from '../data/schema';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { isWebAddress } from './links';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.details;

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={`${source.name}-${source.url ?? ''}`}>
          {source.url && isWebAddress(source.url) ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <bdi lang="en">{source.name}</bdi>
            </a>
          ) : (
            <bdi lang="en">{source.name}</bdi>
          )}
          , {messages.freshness.sourceDated(formatPartialDate(source.date))}. {text().sourceSupports}:{' '}
          {source.fields.map((field) => text().fieldNames[field]).join(', ')}.
        </li>
      ))}
    </ol>
  );
}
