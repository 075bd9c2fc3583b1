import { render, screen } from '@testing-library/react';
import { createSearchIndex } from '../../src/search/searchIndex';
import { App } from '../../src/app/App';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureRecords } from '../fixtures/records';
import { NOW } from './renderApp';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a listing with a broken character', () => {
  // Validation refuses such text; this is the app's own guard, should a copy on a server ever be changed.
  it('opens, with its report link, instead of taking the whole app down', async () => {
    const [legal, ...rest] = fixtureRecords;
    if (!legal) throw new Error('fixtures missing');
    const broken = { ...legal, name: 'Clinic \uD800 East', location: legal.location && { ...legal.location, street: '1800 S. Example \uDC00 Ave' } };
    const records = [broken, ...rest];
    vi.stubEnv('VITE_CURATORS_EMAIL', 'listings@example.org');
    window.history.replaceState(null, '', `/#id=${legal.id}`);
    const { container } = render(<App records={records} index={createSearchIndex(records)} now={NOW} />);
    expect(await screen.findByRole('heading', { level: 2, name: /Clinic/ })).toBeInTheDocument();
    const mailto = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].map((link) => link.href);
    expect(mailto.length).toBeGreaterThan(0);
    expect(mailto.join(' ')).toContain('%EF%BF%BD');
    expect(container.textContent).not.toContain('Something went wrong');
  });
});
