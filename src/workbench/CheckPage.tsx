import { useEffect, useState } from 'react';
import { formatPhone } from '../service/links';
import { api, type CheckResult, type Listing } from './api';
import { isOutcome, OUTCOMES, problemField, startingAnswers, suggestedOutcome, type Answers, type Outcome } from './answers';
import { FactRow } from './FactRow';
import { LetterPanel } from './LetterPanel';
import { hrefOf } from './route';
import { useLoaded } from './useLoaded';

interface CheckPageProps {
  id: string;
  /** A correction from a pasted report, to confirm on the call. */
  prefill?: { field: string; value: string; from: string };
  /** Keying in a batch of paper call sheets: which one this is. */
  batch?: { ids: string[]; index: number };
}

const INITIALS_KEY = 'workbench-initials';

/** One listing's phone check: whom to call, what to read, each fact's answer, and the save with its diff. */
export function CheckPage({ id, prefill, batch }: CheckPageProps) {
  const [loaded, reload] = useLoaded(() => api.listing(id));
  if (loaded.kind === 'loading') return <p>Loading {id}…</p>;
  if (loaded.kind === 'failed') return <p role="alert">{loaded.message}</p>;
  return <CheckForm listing={loaded.value} prefill={prefill} batch={batch} onReload={reload} />;
}

function CheckForm({ listing, prefill, batch, onReload }: { listing: Listing; prefill: CheckPageProps['prefill']; batch: CheckPageProps['batch']; onReload: () => void }) {
  const voice = listing.record.phones.filter((phone) => phone.kind === 'voice');
  const [answers, setAnswers] = useState<Answers>(() => startingAnswers(listing.facts, prefill));
  const [outcome, setOutcome] = useState<Outcome>(prefill ? 'changed' : 'confirmed');
  const [initials, setInitials] = useState(() => localStorage.getItem(INITIALS_KEY) ?? '');
  const [date, setDate] = useState(listing.today);
  const [called, setCalled] = useState(voice[0]?.number ?? listing.record.phones[0]?.number ?? '');
  const [note, setNote] = useState(prefill?.from ? `From ${prefill.from}` : '');
  const [closedOn, setClosedOn] = useState('');
  const [result, setResult] = useState<CheckResult | undefined>();
  const [script, setScript] = useState<'en' | 'es'>('en');
  useEffect(() => localStorage.setItem(INITIALS_KEY, initials), [initials]);

  const input = {
    id: listing.id,
    version: listing.version,
    date,
    initials,
    outcome,
    called,
    facts: Object.fromEntries(Object.entries(answers).map(([field, answer]) => [field, answer.result === 'changed' ? answer : { result: answer.result }])),
    ...(closedOn ? { closedOn } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const problems = result?.status === 'invalid' ? result.problems : [];
  const problemsOf = (field: string) => problems.filter((problem) => problemField(problem.field) === field).map((problem) => problem.message);
  const setAnswer = (field: keyof Answers, answer: Answers[keyof Answers]) => {
    const next = { ...answers, [field]: answer };
    setAnswers(next);
    if (outcome !== 'closed' && outcome !== 'no-answer' && outcome !== 'wrong-number') setOutcome(suggestedOutcome(next));
    setResult(undefined);
  };
  async function submit(write: boolean) {
    try {
      const answer = await api.check(input, write);
      setResult(answer);
      if (write && answer.status === 'saved' && batch && batch.index + 1 < batch.ids.length) window.location.hash = hrefOf.batch(batch.ids, batch.index + 1);
    } catch (error) {
      setResult({ status: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  }
  const markAll = () => {
    const next: Answers = {};
    for (const { field, value } of listing.facts) {
      const answer = answers[field] ?? { result: 'not-asked', value };
      // A fact the directory leaves empty stays "not asked": confirming nothing would vouch for nothing.
      next[field] = { ...answer, result: answer.result === 'not-asked' && value ? 'confirmed' : answer.result };
    }
    setAnswers(next);
    setOutcome(suggestedOutcome(next));
  };
  return (
    <section aria-labelledby="check-title" className="wb-check">
      {batch ? <p className="wb-batch">Sheet {batch.index + 1} of {batch.ids.length}</p> : null}
      <h1 id="check-title">Check by phone: {listing.record.name}</h1>
      <p>
        {listing.record.organization.name} · <code>{listing.id}</code> in <code>{listing.file}</code>
        {listing.record.confidentialAddress ? <strong> · address confidential: never read it to anyone</strong> : null}
      </p>
      <p className="wb-call">
        Call:{' '}
        {listing.record.phones.map((phone) => (
          <a key={phone.number} href={`tel:${phone.number}`}>
            {formatPhone(phone.number)}
            {phone.label ? ` (${phone.label})` : ''}
          </a>
        ))}
      </p>
      <details open>
        <summary>What to say</summary>
        <div role="group" aria-label="Script language">
          <button type="button" aria-pressed={script === 'en'} onClick={() => setScript('en')}>English</button>
          <button type="button" aria-pressed={script === 'es'} onClick={() => setScript('es')}>Español</button>
        </div>
        <p className="wb-script" lang={script}>{listing.scripts[script]}</p>
      </details>
      <form onSubmit={(event) => { event.preventDefault(); void submit(false); }}>
        <table className="wb-facts">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">What the directory says, and who says so</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {listing.facts.map((fact) => (
              <FactRow key={fact.field} fact={fact} answer={answers[fact.field] ?? { result: 'not-asked', value: fact.value }} problems={problemsOf(fact.field)} onChange={(answer) => setAnswer(fact.field, answer)} />
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" onClick={markAll}>Mark every stated fact not yet answered "confirmed"</button>
        </p>
        <fieldset className="wb-outcome">
          <legend>The call</legend>
          <label>
            Outcome{' '}
            <select value={outcome} onChange={(event) => isOutcome(event.target.value) && setOutcome(event.target.value)}>
              {Object.entries(OUTCOMES).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          {outcome === 'closed' ? (
            <label>
              Closed on (if they say) <input value={closedOn} onChange={(event) => setClosedOn(event.target.value)} placeholder="YYYY-MM-DD" />
            </label>
          ) : null}
          <label>
            Number called{' '}
            <select value={called} onChange={(event) => setCalled(event.target.value)}>
              {listing.record.phones.map((phone) => <option key={phone.number} value={phone.number}>{formatPhone(phone.number)}</option>)}
            </select>
          </label>
          <label>
            Checked by (initials) <input value={initials} onChange={(event) => setInitials(event.target.value)} size={5} required />
          </label>
          <label>
            Date of the call <input value={date} onChange={(event) => setDate(event.target.value)} size={11} />
          </label>
          <label className="wb-note">
            Note (kept in data/checks.json, not shown in the app) <input value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <ProblemList messages={[...problemsOf('outcome'), ...problems.filter((problem) => !['outcome', ...listing.facts.map((fact) => fact.field)].includes(problemField(problem.field))).map((problem) => `${problem.field}: ${problem.message}`)]} />
        </fieldset>
        <p>
          <button type="submit">Review the change</button>{' '}
          {result?.status === 'preview' ? <button type="button" onClick={() => void submit(true)}>Save to {listing.file}</button> : null}
        </p>
      </form>
      <CheckOutcome result={result} file={listing.file} onReload={onReload} />
      <LetterPanel letters={listing.letters} organization={listing.record.organization.name} />
      {listing.checks.length > 0 ? (
        <p>Earlier calls: {listing.checks.map((check) => `${check.date} ${check.outcome} (${check.initials})`).join('; ')}</p>
      ) : null}
    </section>
  );
}

function ProblemList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="wb-problem" role="alert">
      {messages.map((message) => <li key={message}>{message}</li>)}
    </ul>
  );
}

function CheckOutcome({ result, file, onReload }: { result: CheckResult | undefined; file: string; onReload: () => void }) {
  if (!result || result.status === 'invalid') return null;
  if (result.status === 'refused') return <p role="alert" className="wb-problem">Not saved: {result.message}</p>;
  if (result.status === 'conflict') {
    return (
      <div role="alert" className="wb-conflict">
        <p>Someone saved this listing after you opened it. Nothing was written. Both versions are below; reload to check your answers against theirs (what you typed stays).</p>
        <div className="wb-versions">
          <div><h2>Saved by someone else</h2><pre>{JSON.stringify(result.theirs, null, 2)}</pre></div>
          <div><h2>Yours</h2><pre>{JSON.stringify(result.yours, null, 2)}</pre></div>
        </div>
        <button type="button" onClick={onReload}>Reload the listing, keep my answers</button>
      </div>
    );
  }
  return (
    <div className="wb-diff" role="status">
      <h2>{result.status === 'saved' ? `Saved to ${file}` : 'The change, to review before saving'}</h2>
      <pre>{result.diff}</pre>
    </div>
  );
}
