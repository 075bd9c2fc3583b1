import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDataset } from '../data/dataset';
import { currentSearchState, keepStateInFragment } from '../filters/useSearchState';
import { setLocale } from '../i18n/messages';
import { localeFromBrowser } from '../i18n/locales';
import { loadNamesInEveryLanguage } from '../i18n/searchNames';
import type { SearchIndex } from '../search/searchIndex';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { FatalError } from './FatalError';
import { LoadingShell } from './LoadingShell';
import { startOfflineCopy } from './offlineCopy';
import { restoreSavedChoices } from './savedChoices';
import { loadServiceMap } from './serviceMapCode';
import './styles.css';
import './safety.css';
import './phone.css';

/** Listings ready this soon after the language draw the page at once, with no frame before them. */
const SHELL_DELAY_MS = 400;

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
keepStateInFragment();
restoreSavedChoices();
startOfflineCopy();
reloadOnceWhenAFileIsGone();

// The chosen language is loaded with the data, so the first render already speaks it.
const language = setLocale(currentSearchState().lang ?? localeFromBrowser(navigator.languages)).catch(() => undefined);
let started = false;
// index.html paints the page's frame before any script. Once the language is known, React's frame replaces
// it, in that language and with quick exit, if the listings are still on their way: drawn just before they
// arrive, it would only make them later.
void language.then(() => {
  setTimeout(() => {
    if (!started) root.render(<LoadingShell />);
  }, SHELL_DELAY_MS);
});
// The map's code runs as soon as it is here: the first render then draws the map with the list.
void loadServiceMap().catch(() => undefined);
// The search code (Fuse.js, the synonyms) is not needed to draw the frame: it comes in its own file,
// fetched beside the listings (see scripts/preloadPlugin.ts), and runs once they are here.
Promise.all([loadDataset(), import('../search/searchIndex'), language]).then(
  ([records, { createSearchIndex, loadEverydayWords }]) => {
    started = true;
    let restRequested = false;
    // The first index knows the names of the kinds of help in English and the page's language, and the core
    // words of each need. The other languages' names and the everyday words (fillers, colloquial and inflected
    // forms) are fetched once the first screen is on it: asked for sooner, their arrival and the rebuild it
    // starts would hold up that first screen on a slow phone. The index built then reads any of the ten languages.
    const loadTheRest = () => {
      if (restRequested) return;
      restRequested = true;
      Promise.all([loadNamesInEveryLanguage(), loadEverydayWords()]).then(() => show(createSearchIndex(records)), () => undefined);
    };
    const show = (index: SearchIndex) =>
      root.render(
        <StrictMode>
          <ErrorBoundary fallback={<FatalError />}>
            <App records={records} index={index} />
            <AfterFirstScreen onShown={loadTheRest} />
          </ErrorBoundary>
        </StrictMode>,
      );
    show(createSearchIndex(records));
  },
  (error: unknown) => {
    started = true;
    console.error(error);
    root.render(<FatalError />);
  },
);

/** Calls back once the screen it is part of has been drawn (an effect runs after the commit). */
function AfterFirstScreen({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

/**
 * A page opened before a new version went up may ask for a file the server no longer has: load the
 * current version once (the state is in the address, so nothing is lost) rather than fail.
 */
function reloadOnceWhenAFileIsGone(): void {
  const KEY = 'helpmap.reloadedForUpdate';
  window.addEventListener('vite:preloadError', (event) => {
    // Offline, a reload cannot fetch the file either: let the part that needed it show its own message.
    if (!navigator.onLine) return;
    try {
      if (window.sessionStorage.getItem(KEY) !== null) return;
      window.sessionStorage.setItem(KEY, '1');
    } catch {
      return;
    }
    event.preventDefault();
    window.location.reload();
  });
}
