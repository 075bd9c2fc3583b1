import type { ServiceRecord } from '../data/schema';
import type { SearchIndex } from '../search/searchIndex';
import type { SearchState } from './searchState';

export interface Result {
  record: ServiceRecord;
}

/** The one list of results that the list, the map and print all show. */
export function selectResults(index: SearchIndex, state: SearchState): Result[] {
  return index.search(state.query).map(({ record }) => ({ record }));
}
