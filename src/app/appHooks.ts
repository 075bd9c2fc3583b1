import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RetiredListings } from '../data/retired';
import type { SearchState } from '../filters/searchState';
import { navigate } from '../filters/useSearchState';
import { loadRights } from '../i18n/loadRights';
import { localeFromBrowser, type LocaleCode } from '../i18n/locales';
import { activeLocale, setLocale } from '../i18n/messages';
import { keepLoadedFilesOffline } from './offlineCopy';

/** Switches the interface language when the address asks for another one, then renders again. */
export function useLanguage(chosen: LocaleCode | null): void {
  const [, setShown] = useState(activeLocale.code);
  const wanted = chosen ?? localeFromBrowser(navigator.languages);
  useEffect(
    function switchLanguage() {
      if (wanted === activeLocale.code) return;
      let current = true;
      setLocale(wanted)
        .then(() => {
          keepLoadedFilesOffline();
          if (current) setShown(activeLocale.code);
        })
        .catch(() => undefined);
      return () => {
        current = false;
      };
    },
    [wanted],
  );
}

/** Fetches the rights in the reader's language once the page is up, so the notario warning and rights page work offline too. */
export function useRightsKeptOffline(locale: LocaleCode): void {
  useEffect(
    function fetchRights() {
      loadRights(locale).then(keepLoadedFilesOffline, () => undefined);
    },
    [locale],
  );
}

const MINUTE = 60_000;

/** The current time, refreshed every minute so "open now" stays true while the page stays open. */
export function useMinuteClock(fixed: Date | undefined): Date {
  const [now, setNow] = useState(() => fixed ?? new Date());
  useEffect(
    function tickEveryMinute() {
      if (fixed) return;
      const timer = window.setInterval(() => setNow(new Date()), MINUTE);
      return function stopTicking() {
        window.clearInterval(timer);
      };
    },
    [fixed],
  );
  return fixed ?? now;
}

/** After closing the details, puts keyboard focus back on the card that opened them. */
export function useRestoreFocusOnReturn(selectedId: string | null): void {
  const previousId = useRef(selectedId);
  useEffect(
    function restoreFocus() {
      const closedId = previousId.current;
      previousId.current = selectedId;
      if (selectedId !== null || closedId === null) return;
      document.querySelector<HTMLElement>(`[data-card-link="${CSS.escape(closedId)}"]`)?.focus();
    },
    [selectedId],
  );
}

/** A link or print list that names a merged listing's old id opens the listing it became part of. */
export function useFollowMergedIds(state: SearchState, retired: RetiredListings | null): void {
  useEffect(
    function followMergedIds() {
      if (!retired) return;
      const follow = (id: string) => retired.merged[id] ?? id;
      const selectedId = state.selectedId === null ? null : follow(state.selectedId);
      const picks = [...new Set(state.picks.map(follow))];
      if (selectedId !== state.selectedId || picks.join() !== state.picks.join()) navigate({ ...state, selectedId, picks }, { replace: true });
    },
    [state, retired],
  );
}

/**
 * Marks the page while a search is shown (words, a place or a filter), so that on a phone the parts the
 * first screen has no room for fold away and the first result shows without scrolling (phone.css).
 */
export function useSearchingMark(state: SearchState): void {
  const searching =
    state.query.trim() !== '' || state.near !== '' || state.categories.length + state.services.length + state.languages.length + state.features.length > 0 || state.open !== null;
  useLayoutEffect(
    function markSearching() {
      document.documentElement.toggleAttribute('data-searching', searching);
      return () => document.documentElement.removeAttribute('data-searching');
    },
    [searching],
  );
}
