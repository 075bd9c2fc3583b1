import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ServiceRecord } from '../data/schema';
import { FilterBar } from '../filters/FilterBar';
import { SearchBox } from '../filters/SearchBox';
import { DEFAULT_STATE, serializeSearchState, sortInForce, withQuery, type SearchState } from '../filters/searchState';
import { selectResults, type FacetName } from '../filters/selectResults';
import { PlaceBox } from '../filters/PlaceBox';
import { usePlace } from '../filters/usePlace';
import { cameFromApp, hrefFor, navigate, useSearchState } from '../filters/useSearchState';
import { activeLocale, messages } from '../i18n/messages';
import { PrintListPanel } from '../list/PrintListPanel';
import { BrowserPrint } from '../print/BrowserPrint';
import { ResultList } from '../list/ResultList';
import { NotarioWarning } from '../service/NotarioWarning';
import type { SearchIndex } from '../search/searchIndex';
import { useFollowMergedIds, useLanguage, useMinuteClock, useRestoreFocusOnReturn, useRightsKeptOffline, useSearchingMark } from './appHooks';
import { CrisisLines } from './CrisisLines';
import { DetailsPane } from './DetailsPane';
import { ErrorBoundary } from './ErrorBoundary';
import { useEscapeTwiceToExit } from './quickExit';
import { MapSlot, SkipLinks } from './MapSlot';
import { QuickExitButton } from './QuickExitButton';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SafetyStrip } from './SafetyStrip';
import { useRetiredListings } from './useRetiredListings';
import { saveLanguage, savePrintList } from './savedChoices';
import { AreaPrintButton, SiteFooter, SiteNotes } from './SiteParts';

const PrintView = lazy(() => import('../print/PrintView'));
const RightsPage = lazy(() => import('./RightsPage'));
const PrivacyPage = lazy(() => import('./PrivacyPage'));

export interface AppProps {
  records: readonly ServiceRecord[];
  index: SearchIndex;
  /** A fixed moment for tests; the app itself follows the clock. */
  now?: Date;
}

type PhoneView = 'list' | 'map';

export function App({ records, index, now: fixedNow }: AppProps) {
  const state = useSearchState();
  useLanguage(state.lang);
  useRightsKeptOffline(activeLocale.code);
  useEscapeTwiceToExit();
  useSearchingMark(state);
  // Typing stays instant: the results follow the query as soon as React has time for them.
  const resultsState = useDeferredValue(state);
  const now = useMinuteClock(fixedNow);
  const [phoneView, setPhoneView] = useState<PhoneView>('list');
  const place = usePlace(state.near);
  const origin = place.kind === 'resolved' && place.ok ? place.place : null;
  const { results, facets, relaxations } = useMemo(
    () => selectResults(index, resultsState, now, origin),
    [index, resultsState, now, origin],
  );
  const byId = useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);
  const hotlines = useMemo(
    () =>
      selectResults(index, { ...DEFAULT_STATE, categories: ['hotline'] }, now).results.filter(({ record }) => !record.location),
    [index, now],
  );
  const selected = state.selectedId === null ? null : (byId.get(state.selectedId) ?? null);
  const unknownIds = [...(state.selectedId !== null && !selected ? [state.selectedId] : []), ...state.picks.filter((id) => !byId.has(id))];
  const retired = useRetiredListings(unknownIds.length > 0);
  useFollowMergedIds(state, retired);
  const closedPicks = state.picks.flatMap((id) => (retired?.closed[id] ? [{ id, ...retired.closed[id] }] : []));
  const [lastOpenedId, setLastOpenedId] = useState(state.selectedId);
  useRestoreFocusOnReturn(state.selectedId);

  useEffect(
    function setDocumentTitle() {
      document.title = selected ? `${selected.name} · ${messages.appTitle}` : messages.appTitle;
    },
    [selected],
  );

  function openDetails(id: string) {
    setLastOpenedId(id);
    setPhoneView('list');
    navigate({ ...state, selectedId: id });
  }

  function selectOnMap(id: string) {
    setLastOpenedId(id);
    navigate({ ...state, selectedId: id });
  }

  function backToResults() {
    if (cameFromApp()) window.history.back();
    else navigate({ ...state, selectedId: null });
  }

  const listHref = (id: string) => hrefFor({ ...state, selectedId: id });

  const picks = useMemo(() => new Set(state.picks), [state.picks]);
  const picked = useMemo(() => state.picks.flatMap((id) => byId.get(id) ?? []), [state.picks, byId]);
  function choosePicks(ids: string[]) {
    savePrintList(ids);
    navigate({ ...state, picks: ids }, { replace: true });
  }
  function togglePick(id: string) {
    choosePicks(picks.has(id) ? state.picks.filter((pick) => pick !== id) : [...state.picks, id]);
  }

  if (state.page === 'rights') {
    return (
      <>
        <SafetyStrip byId={byId} />
        <Suspense fallback={<p className="page-loading">{messages.loading}</p>}>
          <RightsPage onBack={() => navigate({ ...state, page: null })} />
        </Suspense>
      </>
    );
  }

  if (state.page === 'privacy') {
    return (
      <>
        <SafetyStrip byId={byId} />
        <Suspense fallback={<p className="page-loading">{messages.loading}</p>}>
          <PrivacyPage
            records={records}
            onBack={() => navigate({ ...state, page: null })}
            onCleared={() => navigate({ ...state, lang: null, picks: [] }, { replace: true })}
          />
        </Suspense>
      </>
    );
  }

  if (state.print !== null) {
    return (
      <Suspense fallback={<p className="page-loading">{messages.loading}</p>}>
        <PrintView
          state={state}
          results={results.map(({ record }) => record)}
          records={records}
          closedPicks={closedPicks}
          place={origin}
          now={now}
          onChange={(next) => navigate(next)}
          quickExitButton={<QuickExitButton />}
        />
      </Suspense>
    );
  }

  function relax(facet: FacetName) {
    const cleared: Partial<SearchState> = facet === 'open' ? { open: null } : facet === 'within' ? { within: null } : { [facet]: [] };
    navigate({ ...state, ...cleared, selectedId: null });
  }

  return (
    <>
      <SafetyStrip byId={byId} rightsState={{ ...state, page: 'rights', selectedId: null }} skipLinks={<SkipLinks onShowMap={() => setPhoneView('map')} />} />
      <header className="site-header">
        <div className="title-row">
          <h1>{messages.appTitle}</h1>
          <LanguageSwitcher
            onChange={(lang) => {
              const next = { ...state, lang };
              saveLanguage(next);
              navigate(next);
            }}
          />
        </div>
        <p className="tagline">{messages.appTagline}</p>
        <div className="header-forms">
          <SearchBox
          query={state.query}
          onQueryChange={(query) => navigate(withQuery(state, query), { replace: true })}
          onSubmit={() => setPhoneView('list')}
        />
          <PlaceBox key={state.near} state={state} place={place} onChange={(next) => navigate(next)} />
        </div>
      </header>
      <div className="view-switch" role="group" aria-label={messages.viewSwitchLabel}>
        {(['list', 'map'] as const).map((view) => (
          <button
            key={view}
            type="button"
            className="button button--toggle"
            aria-pressed={phoneView === view}
            onClick={() => setPhoneView(view)}
          >
            {view === 'list' ? messages.showList : messages.showMap}
          </button>
        ))}
      </div>
      <main className="layout" data-phone-view={phoneView}>
        <section className="results-pane" id="results" tabIndex={-1} aria-label={messages.resultsHeading}>
          {state.selectedId !== null ? (
            <DetailsPane
              record={selected}
              closed={selected || retired ? (retired?.closed[state.selectedId] ?? null) : undefined}
              now={now}
              place={origin}
              unit={state.unit}
              onBack={backToResults}
              picked={selected !== null && picks.has(selected.id)}
              onTogglePick={togglePick}
            />
          ) : (
            <>
              <CrisisLines query={state.query} byId={byId} />
              <PrintListPanel
                picked={picked}
                closed={closedPicks}
                onReorder={choosePicks}
                onPrint={() => navigate({ ...state, print: 'list' })}
              />
              {origin?.area ? <AreaPrintButton area={origin.area} onPrint={(area) => navigate({ ...state, print: 'area', area })} /> : null}
              <FilterBar state={state} facets={facets} canSortByDistance={origin !== null} onChange={(next) => navigate(next)} />
              <ResultList
                key={serializeSearchState({ ...resultsState, selectedId: null, picks: [] })}
                results={results}
                query={state.query}
                hotlines={hotlines}
                relaxations={relaxations}
                selectedId={lastOpenedId}
                chosenTime={state.open?.kind === 'at'}
                unit={state.unit}
                now={now}
                hrefFor={listHref}
                onOpen={openDetails}
                onSuggest={(category) => navigate({ ...withQuery(state, ''), categories: [category], services: [] })}
                onRelax={relax}
                picks={picks}
                onTogglePick={togglePick}
                onPrintResults={() => navigate({ ...state, print: 'results' })}
                nearestFirst={sortInForce(state, origin !== null) === 'distance'}
                afterFirst={results.slice(0, 10).some(({ record }) => record.categories.includes('legal')) ? <NotarioWarning compact /> : null}
              />
              <SiteNotes />
            </>
          )}
        </section>
        <section className="map-pane" id="map" tabIndex={-1} aria-label={messages.map.label}>
          <ErrorBoundary fallback={<p className="map-notice">{messages.map.tilesFailed}</p>}>
            <MapSlot results={results} place={origin} selectedId={state.selectedId} locale={activeLocale.code} onSelect={selectOnMap} onOpenDetails={openDetails} />
          </ErrorBoundary>
        </section>
      </main>
      <SiteFooter records={records} state={state} />
      <BrowserPrint state={state} results={results.map(({ record }) => record)} records={records} place={origin} now={now} />
    </>
  );
}
