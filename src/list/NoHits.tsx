import type { Result } from '../filters/selectResults';
import { messages } from '../i18n/messages';
import { ResultCard } from './ResultCard';

const SUGGESTIONS = ['lawyer', 'shelter', 'food', 'clinic', 'library'] as const;

interface NoHitsProps {
  query: string;
  hotlines: readonly Result[];
  now: Date;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onSuggest: (query: string) => void;
}

export function NoHits({ query, hotlines, now, hrefFor, onOpen, onSuggest }: NoHitsProps) {
  return (
    <div className="no-hits">
      <h2>{messages.noHitsTitle(query)}</h2>
      <p>{messages.noHitsAdvice}</p>
      <ul className="suggestions">
        {SUGGESTIONS.map((suggestion) => (
          <li key={suggestion}>
            <button type="button" className="chip" onClick={() => onSuggest(suggestion)}>
              {suggestion}
            </button>
          </li>
        ))}
      </ul>
      {hotlines.length > 0 ? (
        <>
          <h3>{messages.noHitsHotlines}</h3>
          <ul className="cards">
            {hotlines.map((result) => (
              <li key={result.record.id}>
                <ResultCard
                  result={result}
                  href={hrefFor(result.record.id)}
                  selected={false}
                  now={now}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
