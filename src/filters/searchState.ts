import { z } from 'zod/mini';
import { MAX_QUERY_LENGTH } from '../search/normalize';

export interface SearchState {
  query: string;
  /** The selected record's id: the details view and the highlighted marker. */
  selectedId: string | null;
}

export const DEFAULT_STATE: SearchState = Object.freeze({ query: '', selectedId: null });

const queryParam = z.pipe(
  z.string(),
  z.transform((value: string) => value.slice(0, MAX_QUERY_LENGTH)),
);
const idParam = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(120));

/** Reads the state from a URL query string; a bad or unknown parameter falls back to its default. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = queryParam.safeParse(params.get('q') ?? '');
  const id = idParam.safeParse(params.get('id'));
  return {
    query: query.success ? query.data : DEFAULT_STATE.query,
    selectedId: id.success ? id.data : DEFAULT_STATE.selectedId,
  };
}

/** Writes only what differs from the defaults, always in the same order, so equal states give equal links. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.selectedId !== null) params.set('id', state.selectedId);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
