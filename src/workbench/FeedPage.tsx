import { api, feedReviewSchema, FIELDS, type FeedReview } from './api';
import { hrefOf } from './route';
import { useLoaded } from './useLoaded';

type Proposal = FeedReview['proposals'][number];

const sourceLine = (source: Proposal['source']) => `${source.name}, dated ${source.date}${source.url ? ` (${source.url})` : ''}; its service ${source.service}`;

/** The changes HSDS feeds propose (npm run import:hsds), each to accept on a check of the listing or to leave. */
export function FeedPage() {
  const [loaded] = useLoaded(() => api.feeds());
  if (loaded.kind === 'loading') return <p>Loading…</p>;
  if (loaded.kind === 'failed') return <p role="alert" className="wb-problem">{loaded.message}</p>;
  const reviews = loaded.value.reviews.flatMap(({ file, review }) => {
    const parsed = feedReviewSchema.safeParse(review);
    return [{ file, review: parsed.success ? parsed.data : undefined }];
  });
  return (
    <section aria-labelledby="feeds-title">
      <h1 id="feeds-title">Feed changes</h1>
      <p>
        Proposed by <code>npm run import:hsds -- &lt;file or folder&gt;</code>, kept in review/hsds/ and never written to data/ until you accept one here.
      </p>
      {reviews.length === 0 ? <p>No feed is waiting for review.</p> : null}
      {reviews.map(({ file, review }) =>
        review ? <FeedReviewPanel key={file} file={file} review={review} /> : <p key={file} role="alert" className="wb-problem">{file} does not read as a feed review; run the import again.</p>,
      )}
    </section>
  );
}

function FeedReviewPanel({ file, review }: { file: string; review: FeedReview }) {
  return (
    <section className="wb-proposal" aria-label={`${review.feed.name}, ${review.feed.date}`}>
      <h2>
        {review.feed.name} ({review.feed.date})
      </h2>
      <p>
        {review.services} services, {review.matched} matched to listings, {review.proposals.length} proposed changes, {review.ambiguous.length} ambiguous. File: {file}
      </p>
      <ul>
        {review.proposals.map((proposal, index) => (
          <li key={index}>
            <FeedProposal proposal={proposal} />
          </li>
        ))}
      </ul>
      {review.ambiguous.length > 0 ? (
        <>
          <h3>Fits more than one listing: decide by hand</h3>
          <ul>
            {review.ambiguous.map((ambiguous) => (
              <li key={ambiguous.service}>
                {ambiguous.name} ({ambiguous.service}) fits{' '}
                {ambiguous.candidates.map((id, at) => (
                  <span key={id}>
                    {at > 0 ? ', ' : ''}
                    <a href={hrefOf.check(id)}>{id}</a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function FeedProposal({ proposal }: { proposal: Proposal }) {
  const from = `the feed "${proposal.source.name}" of ${proposal.source.date}`;
  if (proposal.kind === 'new') {
    return (
      <div role="region" aria-label={`New service: ${proposal.name}`}>
        <h3>New service: {proposal.name}</h3>
        <dl>
          <dt>Organization</dt>
          <dd>{proposal.organization}</dd>
          {Object.entries(proposal.facts).map(([field, value]) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd className="wb-value">{value}</dd>
            </div>
          ))}
          <dt>Source</dt>
          <dd>{sourceLine(proposal.source)}</dd>
        </dl>
        <p>Add it as a listing by hand with this feed as its source, or keep it in data/leads.json until a call confirms it.</p>
      </div>
    );
  }
  const askedField = FIELDS.find((field) => proposal.kind === 'change' && field === proposal.field);
  return (
    <div role="region" aria-label={`${proposal.kind === 'closed' ? 'Closed' : proposal.field}: ${proposal.name}`}>
      <h3>
        {proposal.kind === 'closed' ? 'Closed, says the feed' : `Changed ${proposal.field}`}: <a href={hrefOf.check(proposal.listing)}>{proposal.name}</a>
      </h3>
      <dl>
        <dt>The directory says</dt>
        <dd className="wb-value">{proposal.current || <em>nothing</em>}</dd>
        <dt>The feed says</dt>
        <dd className="wb-value">{proposal.proposed}</dd>
        <dt>Source</dt>
        <dd>{sourceLine(proposal.source)}</dd>
      </dl>
      <p>
        <a className="wb-button" href={askedField ? hrefOf.check(proposal.listing, { field: askedField, value: proposal.proposed, from }) : hrefOf.check(proposal.listing)}>
          {proposal.kind === 'closed' ? 'Accept: check it (choose the outcome "Closed" if they have closed)' : 'Accept: check it with the change filled in'}
        </a>
      </p>
    </div>
  );
}
