import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, shownIds } from './renderApp';

// Leaflet needs a real browser; the end-to-end tests cover the map itself.
vi.mock('../../src/map/ServiceMap', () => ({
  default: ({ results }: { results: { record: { id: string } }[] }) => (
    <ul aria-label="map stand-in">
      {results.map(({ record }) => (
        <li key={record.id} data-marker-id={record.id} />
      ))}
    </ul>
  ),
}));

function goBack() {
  act(() => {
    window.history.back();
  });
  return new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
}

describe('the directory', () => {
  it('lists every service when nothing is searched', () => {
    const { container } = renderApp();
    expect(shownIds(container)).toHaveLength(4);
    expect(document.querySelector('.result-count[role="status"]')).toHaveTextContent('4 services');
  });

  it('filters the list and the map as the user types, and keeps the query in the URL', async () => {
    const { container } = renderApp();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search for help' }), 'pantry');
    expect(shownIds(container)).toEqual(['fixture-food-pantry']);
    expect(document.querySelector('.result-count[role="status"]')).toHaveTextContent('1 service matches “pantry”');
    expect(await screen.findByLabelText('map stand-in')).toContainHTML('data-marker-id="fixture-food-pantry"');
    expect(window.location.hash).toBe('#q=pantry');
  });

  it('restores the search from a shared link', () => {
    const { container } = renderApp('/?q=asylum');
    expect(screen.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('asylum');
    expect(shownIds(container)[0]).toBe('fixture-legal-clinic');
  });

  it('says when nothing matches, suggests searches and still shows the phone lines', async () => {
    const { container } = renderApp('/?q=xylophone');
    expect(screen.getByRole('heading', { name: 'Nothing matches “xylophone”.' })).toBeInTheDocument();
    expect(container.querySelector('.no-hits [data-record-id="fixture-helpline"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Shelter and housing' }));
    expect(shownIds(container)).toEqual(['fixture-family-shelter']);
  });

  it('opens the details of a card, with its own URL, and goes back to the same results', async () => {
    const { container } = renderApp('/?q=legal');
    await userEvent.click(screen.getByRole('link', { name: 'Immigration Legal Clinic' }));
    expect(window.location.hash).toBe('#q=legal&id=fixture-legal-clinic');
    const details = await screen.findByRole('article', { name: 'Immigration Legal Clinic' });
    expect(within(details).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(details).getByRole('link', { name: /312-555-0101/ })).toHaveAttribute('href', 'tel:+13125550101');
    expect(within(details).getByText('English, Spanish')).toBeInTheDocument();
    expect(within(details).getByText('Test fixture', { selector: '.source-list bdi' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Back to results/ }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#q=legal'));
    expect(shownIds(container)).toContain('fixture-legal-clinic');
    expect(screen.getByRole('link', { name: 'Immigration Legal Clinic' })).toHaveFocus();
  });

  it('follows the browser back button', async () => {
    const { container } = renderApp('/?q=food');
    fireEvent.click(screen.getByRole('link', { name: 'Neighborhood Food Pantry' }));
    await vi.waitFor(() => expect(container.querySelector('.details')).not.toBeNull());
    await goBack();
    expect(container.querySelector('.details')).toBeNull();
    expect(shownIds(container)).toEqual(['fixture-food-pantry']);
  });

  it('says "call to confirm" where hours or languages are unknown', async () => {
    renderApp('/?id=fixture-food-pantry');
    expect(await screen.findByText('Hours not listed: call to confirm.')).toBeInTheDocument();
    expect(screen.getByText('Languages not listed: call to confirm.')).toBeInTheDocument();
    // An organization's page of March 2020: over five years old, so the strongest warning.
    expect(screen.getByText(/Organization's page, Mar 2020/)).toBeInTheDocument();
    expect(screen.getByText(/May have closed: call first/)).toBeInTheDocument();
  });

  it('says "not found" for an unknown id and keeps working', async () => {
    renderApp('/?id=does-not-exist&foo=bar');
    expect(await screen.findByRole('heading', { name: 'Listing not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Back to results/ }));
    expect(document.querySelector('.result-count[role="status"]')).toHaveTextContent('4 services');
  });

  it('shows markup in a query as text and runs nothing', () => {
    renderApp('/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(screen.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('heading', { name: 'Nothing matches “<img src=x onerror=alert(1)>”.' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a phone-only service without an address', async () => {
    renderApp('/?id=fixture-helpline');
    expect(await screen.findByText('No public address: reach this service by phone.')).toBeInTheDocument();
  });

  it('skips to the results without losing the search kept in the address', async () => {
    renderApp('/?q=pantry');
    await userEvent.click(screen.getByRole('link', { name: 'Skip to results' }));
    expect(document.activeElement?.id).toBe('results');
    expect(window.location.hash).toBe('#q=pantry');
    expect(document.querySelector('.result-count')).toHaveTextContent('1 service matches “pantry”');
  });
});
