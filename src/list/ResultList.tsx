import type { FacetName, Result } from '../filters/selectResults';
import { messages } from '../i18n/messages';
import { NoHits } from './NoHits';
import { ResultCard } from './ResultCard';

export interface ResultListProps {
  results: readonly Result[];
  query: string;
  hotlines: readonly Result[];
  relaxations: readonly { facet: FacetName; count: number }[];
  selectedId: string | null;
  chosenTime: boolean;
  now: Date;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onSuggest: (query: string) => void;
  onRelax: (facet: FacetName) => void;
}

export function ResultList({ results, query, hotlines, relaxations, selectedId, chosenTime, now, hrefFor, onOpen, onSuggest, onRelax }: ResultListProps) {
  const trimmed = query.trim();
  return (
    <div className="result-list">
      <p className="result-count" role="status" aria-live="polite">
        {messages.resultCount(results.length, trimmed)}
      </p>
      {results.length === 0 ? (
        <NoHits
          query={trimmed}
          hotlines={hotlines}
          relaxations={relaxations}
          now={now}
          hrefFor={hrefFor}
          onOpen={onOpen}
          onSuggest={onSuggest}
          onRelax={onRelax}
        />
      ) : (
        <ol className="cards" aria-label={messages.resultsHeading}>
          {results.map((result, index) => (
            <li key={result.record.id}>
              <ResultCard
                result={result}
                number={index + 1}
                href={hrefFor(result.record.id)}
                selected={result.record.id === selectedId}
                now={now}
                chosenTime={chosenTime}
                onOpen={onOpen}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
