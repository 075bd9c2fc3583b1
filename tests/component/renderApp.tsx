import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createSearchIndex } from '../../src/search/searchIndex';
import { fixtureRecords } from '../fixtures/records';

export const NOW = new Date('2025-11-25T12:00:00Z');

export function renderApp(url = '/', now = NOW) {
  // Tests give links in either form; the app keeps the state after the #.
  window.history.replaceState(null, '', url.replace(/^\/\?/, '/#'));
  return render(<App records={fixtureRecords} index={createSearchIndex(fixtureRecords)} now={now} />);
}

export function shownIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.cards article[data-record-id]')].map(
    (card) => card.getAttribute('data-record-id') ?? '',
  );
}
