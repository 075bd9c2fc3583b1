import { useState } from 'react';
import { api, type Proposal } from './api';
import { hrefOf } from './route';

/** Paste a report mailed from the app; get the change it proposes, to accept (and confirm on a call), edit or reject. */
export function ReportPage() {
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<Proposal | undefined>();
  const read = async () => {
    try {
      setProposal(await api.report(text));
    } catch (error) {
      setProposal({ status: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">Paste a report</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void read();
        }}
      >
        <label htmlFor="report-text">The whole message, as it arrived (quoted or wrapped lines are fine)</label>
        <textarea id="report-text" rows={12} value={text} onChange={(event) => setText(event.target.value)} />
        <p>
          <button type="submit">Read the report</button>
        </p>
      </form>
      {proposal?.status === 'refused' ? (
        <p role="alert" className="wb-problem">
          {proposal.message}
        </p>
      ) : null}
      {proposal?.status === 'proposal' ? <ProposedChange key={`${proposal.id}-${proposal.field}-${proposal.proposed}`} proposal={proposal} onReject={() => setProposal(undefined)} /> : null}
      {proposal?.status === 'suggestion' ? <SuggestedService report={proposal.report} text={text} /> : null}
    </section>
  );
}

function ProposedChange({ proposal, onReject }: { proposal: Extract<Proposal, { status: 'proposal' }>; onReject: () => void }) {
  const [value, setValue] = useState(proposal.proposed);
  const { askedField } = proposal;
  return (
    <div className="wb-proposal" role="region" aria-label="Proposed change">
      <h2>
        Proposed change to <a href={hrefOf.check(proposal.id)}>{proposal.name}</a>
      </h2>
      {proposal.mergedFrom ? <p>The report names {proposal.mergedFrom}, which was merged into this listing.</p> : null}
      <dl>
        <dt>Field</dt>
        <dd>{proposal.field}</dd>
        <dt>The directory says</dt>
        <dd className="wb-value">{proposal.current || <em>nothing</em>}</dd>
        <dt>The person says</dt>
        <dd className="wb-value">{proposal.proposed || <em>nothing</em>}</dd>
        <dt>Sent</dt>
        <dd>
          {proposal.reportDate} from app version {proposal.app}
        </dd>
      </dl>
      <p>A report is a lead, not a source: accepting opens the phone check with the correction filled in, to confirm with the organization before it is saved.</p>
      {askedField ? (
        <>
          <label htmlFor="proposed-value">The correction (edit it if needed)</label>
          <textarea id="proposed-value" rows={3} value={value} onChange={(event) => setValue(event.target.value)} />
          <p>
            <a className="wb-button" href={hrefOf.check(proposal.id, { field: askedField, value, from: `a report of ${proposal.reportDate}` })}>
              Accept: check it on a call
            </a>{' '}
            <button type="button" onClick={onReject}>
              Reject
            </button>
          </p>
        </>
      ) : (
        <p>
          <a className="wb-button" href={hrefOf.check(proposal.id)}>
            Accept: call them{proposal.field === 'status' ? ' (if they have closed, choose the outcome "Closed for good")' : ''}
          </a>{' '}
          <button type="button" onClick={onReject}>
            Reject
          </button>
        </p>
      )}
    </div>
  );
}

function SuggestedService({ report, text }: { report: Record<string, string>; text: string }) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>();
  const keep = async () => {
    try {
      const answer = await api.lead(text);
      setResult(answer.ok ? { ok: true, message: 'Kept in data/leads.json as a lead: not shown in the app until a dated source or a call confirms it.' } : answer);
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="wb-proposal" role="region" aria-label="Suggested service">
      <h2>A suggested service</h2>
      <dl>
        {Object.entries(report)
          .filter(([key]) => key !== 'kind')
          .map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{value || <em>not given</em>}</dd>
            </div>
          ))}
      </dl>
      <button type="button" onClick={() => void keep()}>
        Add to leads
      </button>
      {result ? (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? undefined : 'wb-problem'}>
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
