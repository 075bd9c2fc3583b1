import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chicagoTime, openState } from '../../src/data/openingHours';
import { PAGE_SIZE, ResultList } from '../../src/list/ResultList';
import type { Result } from '../../src/filters/selectResults';
import { fixtureRecords } from '../fixtures/records';
import { NOW } from './renderApp';

const [template] = fixtureRecords;
if (!template) throw new Error('fixtures missing');
const many: Result[] = Array.from({ length: 120 }, (_, index) => ({
  record: { ...template, id: `many-${index}`, name: `Service ${index}` },
  open: openState(template.hours, chicagoTime(NOW)),
  distanceMetres: null,
  age: 'recent' as const,
}));

function renderList(selectedId: string | null = null, results = many, nearestFirst = false) {
  return render(
    <ResultList
      nearestFirst={nearestFirst}
      results={results}
      query=""
      hotlines={[]}
      relaxations={[]}
      selectedId={selectedId}
      chosenTime={false}
      now={NOW}
      unit="mi"
      hrefFor={(id) => `?id=${id}`}
      onOpen={() => undefined}
      picks={new Set()}
      onTogglePick={() => undefined}
      onPrintResults={() => undefined}
      onSuggest={() => undefined}
      onRelax={() => undefined}
    />,
  );
}

describe('a long result list', () => {
  it('shows a page at a time, with the count of what is left', () => {
    const { container } = renderList(null, many.slice(0, 50));
    expect(PAGE_SIZE).toBe(20);
    expect(container.querySelectorAll('.cards article')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (of 50)' }));
    expect(container.querySelectorAll('.cards article')).toHaveLength(40);
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more (of 50)' }));
    expect(container.querySelectorAll('.cards article')).toHaveLength(50);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
    // The file's first render pays for warming up jsdom and React, seconds on a busy two-core machine.
  }, 15_000);

  it('shows down to the listing the user is coming back to', () => {
    const { container } = renderList('many-87');
    expect(container.querySelectorAll('.cards article')).toHaveLength(88);
    expect(container.querySelector('.card--selected')?.getAttribute('data-record-id')).toBe('many-87');
  });

  it('puts the listings with no point under their own heading when nearest come first, numbering on', () => {
    const located = many.slice(0, 3).map((result, index) => ({ ...result, distanceMetres: 400 * (index + 1) }));
    const results = [...located, ...many.slice(3, 8)];
    const { container } = renderList(null, results, true);
    const [near, byPhone] = container.querySelectorAll('ol.cards');
    expect(near?.querySelectorAll('article')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'By phone, or no address listed' })).toBeTruthy();
    expect(byPhone?.getAttribute('start')).toBe('4');
    expect(byPhone?.querySelectorAll('article')).toHaveLength(5);
  });

  it('keeps one list when the order is not nearest first', () => {
    const located = many.slice(0, 3).map((result) => ({ ...result, distanceMetres: 400 }));
    renderList(null, [...located, ...many.slice(3, 8)], false);
    expect(screen.queryByRole('heading', { name: 'By phone, or no address listed' })).toBeNull();
  });
});
