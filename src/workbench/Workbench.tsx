import { CallSheets } from './CallSheets';
import { CheckPage } from './CheckPage';
import { FeedPage } from './FeedPage';
import { QueuePage } from './QueuePage';
import { ReportPage } from './ReportPage';
import { hrefOf, useRoute } from './route';

/** The curators' workbench: one page per job, switched by the address's hash. */
export function Workbench() {
  const route = useRoute();
  return (
    <>
      <header className="wb-header">
        <strong>Curators' workbench</strong>
        <nav aria-label="Workbench">
          <a href={hrefOf.queue()}>Check queue</a>
          <a href={hrefOf.report()}>Paste a report</a>
          <a href={hrefOf.feeds()}>Feed changes</a>
        </nav>
        <span className="wb-local">Local only: writes to data/ in this checkout</span>
      </header>
      <main className="wb-main">
        {route.page === 'queue' ? <QueuePage /> : null}
        {route.page === 'check' ? <CheckPage key={route.id} id={route.id} prefill={route.field && route.value !== undefined ? { field: route.field, value: route.value, from: route.from ?? '' } : undefined} /> : null}
        {route.page === 'batch' ? <CheckPage key={`${route.ids.join()}-${route.index}`} id={route.ids[route.index] ?? ''} batch={{ ids: route.ids, index: route.index }} /> : null}
        {route.page === 'sheets' ? <CallSheets ids={route.ids} /> : null}
        {route.page === 'report' ? <ReportPage /> : null}
        {route.page === 'feeds' ? <FeedPage /> : null}
      </main>
    </>
  );
}
