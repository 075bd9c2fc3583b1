import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, shownIds } from './renderApp';

vi.mock('../../src/map/ServiceMap', () => ({ default: () => null }));

// Tuesday 2025-11-25, 09:30 in Chicago (CST): the fixture legal clinic (Mon-Fri 9-5) is open.
const TUESDAY_MORNING = new Date('2025-11-25T15:30:00Z');

describe('filters', () => {
  it('filters by kind of help with one tap, shows counts, and keeps the filter in the URL', async () => {
    const { container } = renderApp();
    const kinds = screen.getByRole('group', { name: 'Kind of help' });
    const food = within(kinds).getByRole('button', { name: /Food/ });
    expect(food).toHaveTextContent('Food 1');
    await userEvent.click(food);
    expect(food).toHaveAttribute('aria-pressed', 'true');
    expect(shownIds(container)).toEqual(['fixture-food-pantry']);
    expect(window.location.hash).toBe('#cat=food');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search for help' }), 'x');
    expect(window.location.hash).toBe('#q=x&cat=food');
  });

  it('offers the types of service under a chosen kind of help, with counts', async () => {
    const { container } = renderApp();
    expect(screen.queryByRole('group', { name: 'Type of service' })).toBeNull();
    await userEvent.click(within(screen.getByRole('group', { name: 'Kind of help' })).getByRole('button', { name: /Food/ }));
    const types = screen.getByRole('group', { name: 'Type of service' });
    const pantry = within(types).getByRole('button', { name: /Food pantry/ });
    expect(pantry).toHaveTextContent('Food pantry 1');
    await userEvent.click(pantry);
    expect(pantry).toHaveAttribute('aria-pressed', 'true');
    expect(shownIds(container)).toEqual(['fixture-food-pantry']);
    expect(window.location.hash).toBe('#cat=food&svc=food-pantry');
  });

  it('filters by the language a service is delivered in, named in its own script', async () => {
    const { container } = renderApp();
    await userEvent.click(screen.getByText(/Language: Any language/));
    await userEvent.click(screen.getByRole('checkbox', { name: /español/ }));
    expect(shownIds(container)).toEqual(['fixture-legal-clinic']);
    expect(window.location.hash).toBe('#in=es');
  });

  it('shows what is open now in Chicago, and says so on the card', async () => {
    const { container } = renderApp('/', TUESDAY_MORNING);
    await userEvent.click(screen.getByRole('button', { name: /Open now/ }));
    expect(shownIds(container)).toEqual(['fixture-legal-clinic']);
    expect(screen.getByText('Open now · closes 5:00 PM')).toBeInTheDocument();
  });

  it('says which filter to drop when nothing is left, and still shows the phone lines', async () => {
    const { container } = renderApp('/?cat=food&in=es');
    expect(screen.getByRole('heading', { name: 'No service meets all these filters.' })).toBeInTheDocument();
    expect(container.querySelector('.no-hits [data-record-id="fixture-helpline"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Remove “language”: 1 service' }));
    expect(shownIds(container)).toEqual(['fixture-food-pantry']);
    expect(window.location.hash).toBe('#cat=food');
  });

  it('ignores filter values that do not exist', () => {
    const { container } = renderApp('/?cat=magic&need=cheap&open=never&in=%3Cb%3E');
    expect(shownIds(container)).toHaveLength(4);
  });
});

describe('needs as filters', () => {
  it('offers a need only when at least three results state it, or when it is on', () => {
    renderApp();
    const needs = screen.getByRole('group', { name: 'Needs' });
    // No fixture states whether it is free, walk-in or accessible: only "open now" is offered.
    expect(within(needs).getAllByRole('button').map((button) => button.textContent?.replace(/\d+$/, '').trim())).toEqual(['Open now']);
  });

  it('keeps a need that a link turned on, so it can be turned off', () => {
    renderApp('/?need=free');
    const free = within(screen.getByRole('group', { name: 'Needs' })).getByRole('button', { name: /Free/ });
    expect(free).toHaveAttribute('aria-pressed', 'true');
  });
});
