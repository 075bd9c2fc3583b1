import type { Category } from '../data/categories';
import type { FacetName, Result } from '../filters/selectResults';
import { messages } from '../i18n/messages';
import { ResultCard } from './ResultCard';

/** Kinds of help to try instead: named in the reader's language, and found whatever language they search in. */
const SUGGESTIONS = ['legal', 'shelter', 'food', 'health', 'education'] as const satisfies readonly Category[];

interface NoHitsProps {
  query: string;
  hotlines: readonly Result[];
  relaxations: readonly { facet: FacetName; count: number }[];
  now: Date;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onSuggest: (category: Category) => void;
  onRelax: (facet: FacetName) => void;
}

export function NoHits({ query, hotlines, relaxations, now, hrefFor, onOpen, onSuggest, onRelax }: NoHitsProps) {
  return (
    <div className="no-hits">
      <h2>{query === '' ? messages.noHitsFiltered : messages.noHitsTitle(query)}</h2>
      {relaxations.length > 0 ? (
        <>
          <p>{messages.relaxations.heading}</p>
          <ul className="suggestions">
            {relaxations.map(({ facet, count }) => (
              <li key={facet}>
                <button type="button" className="chip" onClick={() => onRelax(facet)}>
                  {messages.relaxations.remove(messages.relaxations.facetNames[facet], count)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{messages.noHitsAdvice}</p>
      <ul className="suggestions">
        {SUGGESTIONS.map((suggestion) => (
          <li key={suggestion}>
            <button type="button" className="chip" onClick={() => onSuggest(suggestion)}>
              {messages.categoryNames[suggestion]}
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
