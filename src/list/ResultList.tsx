import type { Category } from '../data/categories';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Unit } from '../filters/searchState';
import type { FacetName, Result } from '../filters/selectResults';
import { messages } from '../i18n/messages';
import { ageSummary } from '../service/ageSummary';
import { NoHits } from './NoHits';
import { ResultCard } from './ResultCard';

/** Cards rendered at a time: a long list stays quick on an old phone. */
export const PAGE_SIZE = 20;

/** Cards in the very first render, more than a phone's screen holds: the rest of the page follows straight after. */
const FIRST_CARDS = 6;

export interface ResultListProps {
  results: readonly Result[];
  query: string;
  hotlines: readonly Result[];
  relaxations: readonly { facet: FacetName; count: number }[];
  selectedId: string | null;
  chosenTime: boolean;
  unit: Unit;
  now: Date;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onSuggest: (category: Category) => void;
  onRelax: (facet: FacetName) => void;
  /** The ids on the print list, and adding or taking one off it. */
  picks: ReadonlySet<string>;
  onTogglePick: (id: string) => void;
  onPrintResults: () => void;
  /** Nearest first: the listings with no point on the map follow under their own heading. */
  nearestFirst: boolean;
  /** A note drawn under the first result (the notario warning): the first answer comes before every note. */
  afterFirst?: ReactNode;
}

export function ResultList({ results, query, hotlines, relaxations, selectedId, chosenTime, unit, now, hrefFor, onOpen, onSuggest, onRelax, picks, onTogglePick, onPrintResults, nearestFirst, afterFirst }: ResultListProps) {
  const trimmed = query.trim();
  const [pageCount, setPageCount] = useState(1);
  // Coming back from a listing far down the list shows the list down to it.
  const selectedIndex = results.findIndex(({ record }) => record.id === selectedId);
  const visible = Math.max(pageCount * PAGE_SIZE, selectedIndex + 1);
  // On an old phone, the first screen of results shows sooner when the cards below it are drawn after it.
  const [restDrawn, setRestDrawn] = useState(false);
  useEffect(() => {
    if (!restDrawn) startTransition(() => setRestDrawn(true));
  }, [restDrawn]);
  const drawn = restDrawn || selectedIndex >= 0 ? visible : Math.min(visible, FIRST_CARDS);
  const firstWithoutPoint = nearestFirst ? results.findIndex(({ distanceMetres }) => distanceMetres === null) : -1;
  const split = firstWithoutPoint > 0 && firstWithoutPoint < drawn ? firstWithoutPoint : drawn;
  const card = (result: Result, index: number) => (
    <li key={result.record.id}>
      <ResultCard
        result={result}
        number={index + 1}
        href={hrefFor(result.record.id)}
        selected={result.record.id === selectedId}
        now={now}
        chosenTime={chosenTime}
        unit={unit}
        onOpen={onOpen}
        picked={picks.has(result.record.id)}
        onTogglePick={onTogglePick}
      />
      {index === 0 ? (
        <>
          <p className="age-summary">{ageSummary(results.map(({ age }) => age))}</p>
          {afterFirst}
        </>
      ) : null}
    </li>
  );
  return (
    <div className="result-list">
      <div className="result-count-row">
        <p className="result-count" role="status" aria-live="polite">
          {messages.resultCount(results.length, trimmed)}
        </p>
        {results.length > 0 ? (
          <button type="button" className="button button--quiet print-button" onClick={onPrintResults}>
            {messages.print.printResults}
          </button>
        ) : null}
      </div>
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
        <>
          <ol className="cards" aria-label={messages.resultsHeading}>
            {results.slice(0, split).map(card)}
          </ol>
          {split < drawn ? (
            <>
              <h3 className="list-group-heading">{messages.answers.withoutAddress}</h3>
              <ol className="cards" start={split + 1} aria-label={messages.answers.withoutAddress}>
                {results.slice(split, drawn).map((result, index) => card(result, split + index))}
              </ol>
            </>
          ) : null}
        </>
      )}
      {visible < results.length ? (
        <button type="button" className="button show-more" onClick={() => setPageCount(pageCount + 1)}>
          {messages.showMore(Math.min(PAGE_SIZE, results.length - visible), results.length)}
        </button>
      ) : null}
    </div>
  );
}
