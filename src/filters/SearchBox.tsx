import { useId, type FormEvent } from 'react';
import { messages } from '../i18n/messages';
import { MAX_QUERY_LENGTH } from '../search/normalize';

interface SearchBoxProps {
  query: string;
  onQueryChange: (query: string) => void;
  onSubmit: () => void;
}

export function SearchBox({ query, onQueryChange, onSubmit }: SearchBoxProps) {
  const inputId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="search" role="search" onSubmit={submit}>
      <label htmlFor={inputId} className="search-label">
        {messages.searchLabel}
      </label>
      <div className="search-row">
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => onQueryChange(event.target.value)}
        />
        {query !== '' ? (
          <button type="button" className="button button--quiet" onClick={() => onQueryChange('')}>
            {messages.clearSearch}
          </button>
        ) : null}
        <button type="submit" className="button">
          {messages.searchButton}
        </button>
      </div>
    </form>
  );
}
