import { formatPhone } from '../service/links';
import { api, type Listing } from './api';
import { OUTCOMES } from './answers';
import { hrefOf } from './route';
import { useLoaded } from './useLoaded';

/** Printable call sheets for a batch, one listing per page, with blanks to fill by hand and key in later. */
export function CallSheets({ ids }: { ids: string[] }) {
  const [loaded] = useLoaded(() => Promise.all(ids.map((id) => api.listing(id))));
  if (loaded.kind === 'loading') return <p>Preparing {ids.length} call sheets…</p>;
  if (loaded.kind === 'failed') return <p role="alert">The call sheets could not be made: {loaded.message}</p>;
  return (
    <section aria-labelledby="sheets-title">
      <div className="wb-screen-only">
        <h1 id="sheets-title">Call sheets: {ids.length} listings</h1>
        <p>
          Print these for volunteers who call without a laptop. Each sheet has the listing's number, what to say, every fact
          and a box for each answer. When they come back, <a href={hrefOf.batch(ids, 0)}>key in the results</a>: the sheets'
          order is kept, and each save opens the next.
        </p>
        <button type="button" onClick={() => window.print()}>
          Print the call sheets
        </button>
      </div>
      {loaded.value.map((listing, index) => (
        <CallSheet key={listing.id} listing={listing} number={index + 1} total={ids.length} />
      ))}
    </section>
  );
}

function CallSheet({ listing, number, total }: { listing: Listing; number: number; total: number }) {
  return (
    <article className="wb-sheet" aria-label={`Call sheet ${number}: ${listing.record.name}`}>
      <header>
        <p className="wb-sheet-count">
          Sheet {number} of {total} · {listing.id}
        </p>
        <h2>{listing.record.name}</h2>
        <p>
          {listing.record.organization.name}
          {listing.record.confidentialAddress ? ' · Address confidential: do not read it out or write it down.' : ''}
        </p>
        <p className="wb-sheet-phones">
          Call: {listing.record.phones.map((phone) => `${formatPhone(phone.number)}${phone.label ? ` (${phone.label})` : ''}`).join(' · ') || 'no number: write to them instead'}
        </p>
      </header>
      <p className="wb-sheet-script">
        <strong>Say:</strong> {listing.scripts.en}
      </p>
      <p className="wb-sheet-script" lang="es">
        <strong>Diga:</strong> {listing.scripts.es}
      </p>
      <table className="wb-sheet-facts">
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">The directory says (source, date)</th>
            <th scope="col">Right?</th>
            <th scope="col">If changed, what they say now</th>
          </tr>
        </thead>
        <tbody>
          {listing.facts.map((fact) => (
            <tr key={fact.field}>
              <th scope="row">{fact.label}</th>
              <td>
                <span className="wb-value">{shownOnPaper(listing, fact.field, fact.value)}</span>
                {fact.sources.length > 0 ? <small> — {fact.sources.map((source) => `${source.name}, ${source.date}`).join('; ')}</small> : null}
              </td>
              <td className="wb-boxes">☐ yes<br />☐ changed<br />☐ not asked</td>
              <td className="wb-blank" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="wb-sheet-outcome">
        <strong>Outcome:</strong> {Object.values(OUTCOMES).map((label) => `☐ ${label}`).join('   ')}
      </p>
      <p className="wb-sheet-fill">Number called: ____________ Date: ____________ Your initials: ______ Note: ______________________________</p>
    </article>
  );
}

/** Paper gets lost: a confidential address is never printed, only asked about. */
function shownOnPaper(listing: Listing, field: string, value: string): string {
  if (field === 'location' && listing.record.confidentialAddress) return '(confidential: ask them to confirm it, never write it here)';
  return value || '(not stated: ask)';
}
