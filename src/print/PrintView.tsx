import { BackButton } from '../service/BackButton';
import './print.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { distanceMetres } from '../geo/distance';
import type { Place } from '../geo/place';
import type { ServiceRecord } from '../data/schema';
import { DEFAULT_STATE, PAPERS, type Paper, type SearchState } from '../filters/searchState';
import { useBoundaries, usePaperSize } from './printHooks';
import { hrefFor } from '../filters/useSearchState';
import { ageGrade } from '../data/freshness';
import { ageSummary } from '../service/ageSummary';
import { ClosedPicks } from '../service/ClosedPicks';
import { formatPartialDate } from '../i18n/formatDate';
import { localeByCode, LOCALES } from '../i18n/locales';
import { activeLocale, catalogFor, messages } from '../i18n/messages';
import { preloadRecordTranslations, recordName } from '../i18n/recordTranslations';
import { formatPhone } from '../service/links';
import { LocatorMap } from './LocatorMap';
import { PrintEntry } from './PrintEntry';
import { Bilingual, bilingualText, type PickText, type SecondLanguage } from './bilingual';
import { describeSearch } from './describeSearch';
import { groupByCategory, keyHotlines, pickedRecords, recordsInArea } from './printRecords';
import { QrCode, qrModules } from './QrCode';

export interface PrintViewProps {
  state: SearchState;
  /** The current results' services, in their order: what "print these results" prints. */
  results: readonly ServiceRecord[];
  /** Every service: the print list and the area directories are drawn from them. */
  records: readonly ServiceRecord[];
  /** Picks that have closed: the print list says so instead of dropping them in silence. */
  closedPicks: readonly { id: string; name: string }[];
  /** The place distances are measured from: each entry prints how far it is. Null without one. */
  place: Place | null;
  now: Date;
  onChange: (next: SearchState) => void;
  /** The app's quick exit, first in the toolbar as on every page. */
  quickExitButton: ReactNode;
}

function printedRecords(state: SearchState, results: readonly ServiceRecord[], records: readonly ServiceRecord[], byId: ReadonlyMap<string, ServiceRecord>) {
  if (state.print === 'list') return pickedRecords(state.picks, byId);
  if (state.print === 'area') return recordsInArea(records, state.area);
  return [...results];
}

/** A link that opens the app at one service, in the handout's language: what each entry's code holds. */
function entryLink(id: string): string {
  return new URL(hrefFor({ ...DEFAULT_STATE, selectedId: id, lang: activeLocale.code }), window.location.href).toString();
}

function useSecondLanguage(code: string | null): SecondLanguage | null {
  const [loaded, setLoaded] = useState<SecondLanguage | null>(null);
  const wanted = localeByCode(code);
  const needed = wanted && wanted.code !== activeLocale.code ? wanted : null;
  useEffect(
    function loadSecondLanguage() {
      if (needed === null) return;
      let current = true;
      void Promise.all([catalogFor(needed.code), preloadRecordTranslations(needed.code)]).then(([catalog]) => {
        if (current) setLoaded({ code: needed.code, intl: needed.intl, dir: needed.dir, messages: catalog });
      });
      return () => {
        current = false;
      };
    },
    [needed],
  );
  return loaded !== null && loaded.code === needed?.code ? loaded : null;
}

/**
 * A handout to print: the current results, the hand-picked list, or one area's directory, on US Letter
 * or A4, with a QR code per entry and for the whole handout, in one or two languages.
 */
export default function PrintView({ state, results, records, closedPicks, place, now, onChange, quickExitButton }: PrintViewProps) {
  const second = useSecondLanguage(state.alongside);
  const kind = state.print ?? 'results';
  const byId = useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);
  const printed = useMemo(() => printedRecords(state, results, records, byId), [state, results, records, byId]);
  const hotlines = keyHotlines(byId);
  const summary = kind === 'results' ? describeSearch(state, place?.label ?? null) : [];
  const boundaries = useBoundaries(kind === 'area');
  const text = messages.print;
  const label = (pick: PickText) => <Bilingual pick={pick} second={second} />;
  const pickTitle: PickText = kind === 'area' ? (m) => m.print.titles.area(state.area) : (m) => m.print.titles[kind];
  const title = bilingualText(pickTitle, second);
  const groups = kind === 'area' ? groupByCategory(printed) : [{ category: null, records: printed }];
  const ordered = groups.flatMap((group) => group.records);
  const numberOf = new Map(ordered.map((record, index) => [record.id, index + 1]));
  const handoutLink = window.location.href;
  const today = now.toISOString().slice(0, 10);

  useEffect(
    function setDocumentTitle() {
      const previous = document.title;
      document.title = `${title} · ${messages.appTitle}`;
      return () => {
        document.title = previous;
      };
    },
    [title],
  );

  usePaperSize(state.paper);

  return (
    <div className="print-view">
      <div className="print-toolbar">
        {quickExitButton}
        <BackButton label={text.back} onBack={() => onChange({ ...state, print: null })} />
        <label>
          {text.paper}{' '}
          <select value={state.paper} onChange={(event) => onChange({ ...state, paper: PAPERS.find((paper) => paper === event.target.value) ?? 'letter' })}>
            {PAPERS.map((paper: Paper) => (
              <option key={paper} value={paper}>
                {text.paperNames[paper]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.alongside}{' '}
          <select
            value={state.alongside ?? ''}
            onChange={(event) => onChange({ ...state, alongside: localeByCode(event.target.value)?.code ?? null })}
          >
            <option value="">{text.onlyOneLanguage}</option>
            {LOCALES.filter(({ code }) => code !== activeLocale.code).map(({ code, name }) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>

      <main className="print-doc" data-bilingual={second ? '' : undefined}>
        <header className="print-header">
          <div>
            <p className="print-brand">{messages.appTitle}</p>
            <h1>{label(pickTitle)}</h1>
            <ul className="print-summary">
              {summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="print-meta">
              {label((m) => m.print.count(ordered.length))} · {label((m, intl) => m.print.printedOn(formatPartialDate(today, intl)))}
            </p>
            <p className="print-meta age-summary">{ageSummary(ordered.map((record) => ageGrade(record, now)))}</p>
          </div>
          <figure className="print-code">
            {qrModules(handoutLink) ? (
              <>
                <QrCode text={handoutLink} label={text.wholeHandout} millimetres={22} />
                <figcaption>{label((m) => m.print.wholeHandout)}</figcaption>
              </>
            ) : (
              <figcaption>{text.tooLongForCode}</figcaption>
            )}
          </figure>
        </header>

        <aside className="print-hotlines" aria-labelledby="print-hotlines-title">
          <h2 id="print-hotlines-title">{label((m) => m.print.hotlines)}</h2>
          <ul>
            {hotlines.map((hotline) => (
              <li key={hotline.id}>
                <bdi>{recordName(hotline).text}</bdi>:{' '}
                {hotline.phones
                  .filter((phone) => phone.kind === 'voice' || phone.kind === 'text')
                  .slice(0, 2)
                  .map((phone) => `${messages.phoneKinds[phone.kind]} ${formatPhone(phone.number)}`)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </aside>

        {kind === 'area' && boundaries ? (
          <LocatorMap
            boundaries={boundaries}
            area={state.area}
            unit={state.unit}
            label={text.locatorMap(state.area)}
            points={ordered.flatMap((record) => {
              const point = record.location?.point;
              const number = numberOf.get(record.id);
              return point && number ? [{ number, latitude: point.latitude, longitude: point.longitude }] : [];
            })}
          />
        ) : null}

        {state.print === 'list' ? <ClosedPicks closed={closedPicks} /> : null}
        {ordered.length === 0 ? <p className="print-empty">{label((m) => m.print.empty)}</p> : null}
        {groups.map(({ category, records: inGroup }) => (
          <section key={category ?? 'all'} className="print-group">
            {category ? <h2>{label((m) => m.categoryNames[category])}</h2> : null}
            {inGroup.map((record) => (
              <PrintEntry
                key={record.id}
                record={record}
                number={numberOf.get(record.id) ?? 0}
                link={entryLink(record.id)}
                metres={place && record.location?.point ? distanceMetres(place, record.location.point) : null}
                unit={state.unit}
                second={second}
                now={now}
              />
            ))}
          </section>
        ))}
        <p className="print-closing">{label((m) => m.print.lastConfirm)}</p>
      </main>
    </div>
  );
}
