import { useMemo, useSyncExternalStore } from 'react';
import { parseSearchState, serializeSearchState, type SearchState } from './searchState';

const NAVIGATE_EVENT = 'helpmap:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return function unsubscribe() {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentSearch(): string {
  return window.location.search;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (used while typing). */
  replace?: boolean;
}

export function hrefFor(state: SearchState): string {
  return `${window.location.pathname}${serializeSearchState(state)}`;
}

export function navigate(state: SearchState, { replace = false }: NavigateOptions = {}): void {
  const href = hrefFor(state);
  if (href === `${window.location.pathname}${window.location.search}`) return;
  const entry = { fromApp: true };
  if (replace) window.history.replaceState(window.history.state, '', href);
  else window.history.pushState(entry, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** True when the previous history entry is this app's own, so "Back" can simply go back. */
export function cameFromApp(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'fromApp' in state;
}

/** The search state, read from the URL: the single place it lives. */
export function useSearchState(): SearchState {
  const search = useSyncExternalStore(subscribe, currentSearch);
  return useMemo(() => parseSearchState(search), [search]);
}
