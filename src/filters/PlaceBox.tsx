import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { loadDataset } from '../data/dataset';
import type { Phone, ServiceRecord } from '../data/schema';
import { roundedCoordinates } from '../geo/coordinates';
import { METRES_PER_MILE } from '../geo/distance';
import { formatDistance } from '../i18n/formatDistance';
import { messages, type Messages } from '../i18n/messages';
import { recordName } from '../i18n/recordTranslations';
import { MAX_PLACE_LENGTH, RADII, UNITS, type SearchState } from './searchState';
import { PhoneFold } from './PhoneFold';
import type { PlaceStatus } from './usePlace';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.place;

type LocatingProblem = keyof Messages['place']['geolocation'];

interface PlaceBoxProps {
  state: SearchState;
  place: PlaceStatus;
  onChange: (state: SearchState) => void;
}

/** Where distances are measured from: typed, or from the device when the user asks. Nothing leaves the browser. */
export function PlaceBox({ state, place, onChange }: PlaceBoxProps) {
  const inputId = useId();
  const hintId = useId();
  // The parent keys this box by the place, so a new place from outside (back, a shared link) starts it afresh.
  const [typed, setTyped] = useState(state.near);
  const [locating, setLocating] = useState<'idle' | 'busy' | LocatingProblem>('idle');
  const change = (patch: Partial<SearchState>) => onChange({ ...state, ...patch, selectedId: null });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocating('idle');
    change({ near: typed.trim() });
  }

  function useMyLocation() {
    if (!('geolocation' in navigator)) {
      setLocating('unsupported');
      return;
    }
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating('idle');
        change({ near: roundedCoordinates(coords) });
      },
      (error) => setLocating(error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  const resolved = place.kind === 'resolved' && place.ok ? place.place : null;
  const fromDevice = state.near.startsWith('@');

  return (
    <section className="place" aria-label={text().label}>
      <form className="place-form" onSubmit={submit}>
        <label htmlFor={inputId} className="place-label">
          {text().label}
        </label>
        <div className="search-row">
          <input
            id={inputId}
            name="near"
            type="search"
            value={fromDevice && typed === state.near ? '' : typed}
            maxLength={MAX_PLACE_LENGTH}
            placeholder={text().placeholder}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button">
            {text().set}
          </button>
          <button type="button" className="button button--quiet" onClick={useMyLocation} disabled={locating === 'busy'}>
            {text().useMyLocation}
          </button>
        </div>
        <p id={hintId} className={resolved ? 'visually-hidden' : 'hint'}>
          {isolatedItems(text().example)} {text().privacy}
        </p>
      </form>
      <div role="status" className="place-status">
        {locating === 'busy' ? <p>{text().locating}</p> : null}
        {locating !== 'idle' && locating !== 'busy' ? <p className="problem">{text().geolocation[locating]}</p> : null}
        {locating === 'idle' ? <PlaceMessage place={place} fromDevice={fromDevice} /> : null}
      </div>
      {resolved ? (
        <PhoneFold label={state.within === null ? text().anyDistance : `${text().radius} ${formatDistance(state.within * METRES_PER_MILE, state.unit)}`}>
        <div className="place-controls">
          <div className="chip-row" role="group" aria-label={text().radius}>
            {[null, ...RADII].map((radius) => (
              <button
                key={String(radius)}
                type="button"
                className="chip chip--filter"
                aria-pressed={state.within === radius}
                onClick={() => change({ within: radius })}
              >
                {radius === null ? text().anyDistance : formatDistance(radius * METRES_PER_MILE, state.unit)}
              </button>
            ))}
          </div>
          <label className="units">
            <span>{text().units}</span>
            <select value={state.unit} onChange={(event) => change({ unit: UNITS.find((unit) => unit === event.target.value) ?? 'mi' })}>
              {UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {text().unitNames[unit]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--quiet button--small" onClick={() => change({ near: '', within: null, sort: state.sort === 'distance' ? 'relevance' : state.sort })}>
            {text().clear}
          </button>
        </div>
        </PhoneFold>
      ) : null}
    </section>
  );
}

function PlaceMessage({ place, fromDevice }: { place: PlaceStatus; fromDevice: boolean }) {
  if (place.kind === 'none') return null;
  if (place.kind === 'finding') return <p>{text().finding}</p>;
  if (place.kind === 'unavailable') return <p className="problem">{text().unavailable}</p>;
  if (place.ok && place.place.outsideChicago) return <OutsideChicagoNote place={place.place.label} />;
  if (place.ok) return <p>{text().near(place.place.kind === 'device' ? text().myLocation : place.place.label)}</p>;
  if (place.problem === 'outside-chicago' && fromDevice) return <p className="problem">{text().geolocation.outside}</p>;
  const problem = text().problems[place.problem];
  return <p className="problem">{typeof problem === 'string' ? problem : problem(place.detail ?? '')}</p>;
}

/**
 * The line offered outside Chicago: the help bar's "information" line (src/app/helpLines.ts, where a test
 * holds the two together). Named here because this layer may not import the app's.
 */
export const OUTSIDE_CHICAGO_LINE_ID = '211-metro-chicago';

type InformationLine = { record: ServiceRecord; phone: Phone } | 'missing' | 'loading';

/** The line's record, from the listings already loaded for the page; "missing" if it has no voice number. */
function useInformationLine(): InformationLine {
  const [line, setLine] = useState<InformationLine>('loading');
  useEffect(function findLine() {
    let current = true;
    loadDataset().then(
      (records) => {
        const record = records.find((candidate) => candidate.id === OUTSIDE_CHICAGO_LINE_ID);
        const phone = record?.phones.find((candidate) => candidate.kind === 'voice');
        if (current) setLine(record && phone ? { record, phone } : 'missing');
      },
      () => {
        if (current) setLine('missing');
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return line;
}

/** A suburb or suburban ZIP: the list is Chicago's, nearest first, and 211 helps where the reader lives. */
function OutsideChicagoNote({ place }: { place: string }) {
  const line = useInformationLine();
  const limits = messages.limits;
  const found = typeof line === 'object' ? { ...line, name: recordName(line.record) } : undefined;
  return (
    <div className="outside-chicago">
      {/* The place keeps its own direction inside Arabic or Urdu text (first-strong isolate … pop). */}
      <p>{limits.outsideChicago(`\u2068${place}\u2069`)}</p>
      {line === 'missing' ? <p>{messages.safety.numberMissing(messages.safety.helpLines.information)}</p> : null}
      {found ? (
        <p>
          {limits.outsideHelp}{' '}
          {/* The number as its record states it: a three-digit line needs no formatting. */}
          <a href={`tel:${found.phone.number}`} data-help-line={found.record.id}>
            <bdi dir="ltr">{found.phone.number}</bdi>
          </a>{' '}
          (<bdi lang={found.name.inEnglish ? 'en' : undefined}>{found.name.text}</bdi>
          {found.name.inEnglish ? <span className="in-english"> {messages.inEnglish}</span> : null})
        </p>
      ) : null}
    </div>
  );
}

/**
 * Each item of "For example: 60608, Pilsen, 26th and Kedzie" in its own direction, so that in Arabic or
 * Urdu the Latin examples keep their order instead of running into each other.
 */
function isolatedItems(list: string): ReactNode[] {
  return list.split(/([,،、]\s*)/).map((part, index) => (index % 2 === 1 ? part : <bdi key={`${index}:${part}`}>{part}</bdi>));
}
