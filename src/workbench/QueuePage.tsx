import { useState } from 'react';
import { filterQueue } from '../../scripts/curate/queue';
import { HARM_TIERS, TIER_NAMES } from '../../scripts/curate/policy';
import { api, type QueueEntry } from './api';
import { hrefOf } from './route';
import { useLoaded } from './useLoaded';

const STATES = { overdue: 'Overdue', due: 'Due within 30 days', current: 'Current' } as const;

/** The listings due for a call, most harmful first and longest unchecked first, with counts and filters. */
export function QueuePage() {
  const [loaded] = useLoaded(api.state);
  const [tier, setTier] = useState('');
  const [area, setArea] = useState('');
  const [language, setLanguage] = useState('');
  const [all, setAll] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const queue = loaded.kind === 'ready' ? loaded.value.queue : [];
  const areas = [...new Set(queue.flatMap((entry) => entry.communityArea ?? []))].sort();
  const languages = [...new Set(queue.flatMap((entry) => entry.languages))].sort();
  if (loaded.kind === 'loading') return <p>Loading the listings…</p>;
  if (loaded.kind === 'failed') return <p role="alert">The workbench could not read the data: {loaded.message}</p>;
  const { counts, problems, today } = loaded.value;
  const shown = filterQueue(queue, { tier: HARM_TIERS.find((name) => name === tier), area: area || undefined, language: language || undefined, all });
  const toggle = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Check queue</h1>
      {problems.length > 0 ? (
        <div role="alert" className="wb-problems">
          <p>Some data could not be read; those listings are not in the queue:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="wb-counts" data-testid="counts">
        On {today}: <strong>{counts.overdue}</strong> overdue, <strong>{counts.due}</strong> due within 30 days, <strong>{counts.neverConfirmed}</strong> never confirmed by phone, of {counts.listings} listings.
      </p>
      <div className="wb-filters">
        <label>
          Kind{' '}
          <select value={tier} onChange={(event) => setTier(event.target.value)}>
            <option value="">All kinds</option>
            {HARM_TIERS.map((value) => (
              <option key={value} value={value}>
                {TIER_NAMES[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Area{' '}
          <select value={area} onChange={(event) => setArea(event.target.value)}>
            <option value="">All areas</option>
            {areas.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">Any</option>
            <option value="unknown">Not stated</option>
            {languages.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> Show listings not yet due
        </label>
      </div>
      <p className="wb-batch">
        {picked.length} picked for a batch.{' '}
        {picked.length > 0 ? (
          <>
            <a href={hrefOf.sheets(picked)}>Print call sheets</a> · <a href={hrefOf.batch(picked, 0)}>Key in results</a> ·{' '}
            <button type="button" onClick={() => setPicked([])}>
              Clear
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setPicked(shown.slice(0, 10).map((entry) => entry.id))}>
            Pick the first 10
          </button>
        )}
      </p>
      <table className="wb-queue">
        <caption>{shown.length} listings</caption>
        <thead>
          <tr>
            <th scope="col">Pick</th>
            <th scope="col">Listing</th>
            <th scope="col">Kind</th>
            <th scope="col">Area</th>
            <th scope="col">Last shown right</th>
            <th scope="col">Due</th>
            <th scope="col">Last call</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <QueueRow key={entry.id} entry={entry} picked={picked.includes(entry.id)} onPick={() => toggle(entry.id)} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function QueueRow({ entry, picked, onPick }: { entry: QueueEntry; picked: boolean; onPick: () => void }) {
  return (
    <tr className={`wb-${entry.state}`}>
      <td>
        <input type="checkbox" checked={picked} onChange={onPick} aria-label={`Pick ${entry.name}`} />
      </td>
      <td>
        <a href={hrefOf.check(entry.id)}>{entry.name}</a>
        <br />
        <small>{entry.organization}</small>
      </td>
      <td>{TIER_NAMES[entry.tier]}</td>
      <td>{entry.communityArea ?? '—'}</td>
      <td>{entry.lastChecked}</td>
      <td>
        {STATES[entry.state]}
        <br />
        <small>{entry.dueOn === '1990-01-01' ? 'never dated' : entry.dueOn}</small>
      </td>
      <td>{entry.lastPhoneCheck ? `confirmed ${entry.lastPhoneCheck}` : entry.lastAttempt ? `${entry.lastAttempt.outcome} ${entry.lastAttempt.date}` : 'never'}</td>
    </tr>
  );
}
