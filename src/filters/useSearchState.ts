import { useMemo, useSyncExternalStore } from 'react';
import { parseSearchState, serializeSearchState, type SearchState } from './searchState';

const NAVIGATE_EVENT = 'helpmap:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return function unsubscribe() {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/**
 * The state is written after the # of the link (#q=abogado&near=60608): browsers never send that part
 * to any server, so not even the app's own host learns what was searched or where. Links in the older
 * ?q=… form are still read.
 */
function currentState(): string {
  const fragment = window.location.hash.slice(1);
  return fragment.includes('=') ? fragment : window.location.search.slice(1);
}

/** The state in the address now, outside React (for choosing the language before the first render). */
export function currentSearchState(): SearchState {
  return parseSearchState(currentState());
}

/** Moves the state of an older ?q=… link behind the #, without a new history entry. */
export function keepStateInFragment(): void {
  const { pathname, search, hash } = window.location;
  if (search === '' || hash.includes('=')) return;
  window.history.replaceState(window.history.state, '', `${pathname}#${search.slice(1)}`);
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (used while typing). */
  replace?: boolean;
}

export function hrefFor(state: SearchState): string {
  const params = serializeSearchState(state).replace(/^\?/, '');
  return params === '' ? window.location.pathname : `${window.location.pathname}#${params}`;
}

/**
 * Which page a state shows: the list, a listing, the rights or privacy page, a print-out. Only a change
 * of page adds a history entry, so Back and Forward move between pages and a search's steps (a word, a
 * filter, a place) never pile up behind it for someone else to find with Back.
 */
function pageOf(state: SearchState): string {
  return [state.selectedId === null ? 'list' : 'listing', state.page ?? '', state.print ?? ''].join('|');
}

/** How many entries this app has added on top of the one it was opened in. */
export function appDepth(): number {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'depth' in state && typeof state.depth === 'number' ? state.depth : 0;
}

export function navigate(state: SearchState, { replace = false }: NavigateOptions = {}): void {
  const href = hrefFor(state);
  const { pathname, search, hash } = window.location;
  if (href === `${pathname}${search}${hash}`) return;
  if (replace || pageOf(state) === pageOf(currentSearchState())) window.history.replaceState(window.history.state, '', href);
  else window.history.pushState({ fromApp: true, depth: appDepth() + 1 }, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** True when the previous history entry is this app's own, so "Back" can simply go back. */
export function cameFromApp(): boolean {
  return appDepth() > 0;
}

/** The search state, read from the URL: the single place it lives. */
export function useSearchState(): SearchState {
  const search = useSyncExternalStore(subscribe, currentState);
  return useMemo(() => parseSearchState(search), [search]);
}
