import { currentSearchState, navigate } from '../filters/useSearchState';
import { parseSearchState, type SearchState } from '../filters/searchState';
import { readChoice, saveChoice } from '../storage/deviceChoices';

/**
 * Puts the language and print list saved on this device into the address, where the rest of the app
 * reads them. A link that names its own language or list wins over what was saved.
 */
export function restoreSavedChoices(): void {
  const state = currentSearchState();
  const saved = parseSearchState(new URLSearchParams({ lang: readChoice('language') ?? '', pick: readChoice('printList') ?? '' }).toString());
  const restored: SearchState = {
    ...state,
    lang: state.lang ?? saved.lang,
    picks: state.picks.length > 0 ? state.picks : saved.picks,
  };
  if (restored.lang !== state.lang || restored.picks !== state.picks) navigate(restored, { replace: true });
}

export function saveLanguage(state: SearchState): void {
  saveChoice('language', state.lang);
}

export function savePrintList(picks: readonly string[]): void {
  saveChoice('printList', picks.length > 0 ? picks.join(',') : null);
}
