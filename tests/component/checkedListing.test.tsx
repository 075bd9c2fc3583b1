import { render, screen } from '@testing-library/react';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listingDetail, submitCheck } from '../../scripts/curate/service';
import { loadStore } from '../../scripts/curate/recordStore';
import { ServiceDetails } from '../../src/service/ServiceDetails';
import { VerifiedNote } from '../../src/service/VerifiedNote';
import { fixtureDataFolder } from '../fixtures/dataFolder';

const root = fixtureDataFolder();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a listing after a phone check', () => {
  it('shows the public the day of the call and that the organization confirmed it by phone', () => {
    const version = listingDetail(root, 'fixture-legal-clinic')?.version ?? '';
    const check = { id: 'fixture-legal-clinic', version, date: '2026-12-01', initials: 'ab', called: '+13125550101', outcome: 'confirmed', facts: { name: { result: 'confirmed' }, hours: { result: 'confirmed' } } };
    expect(submitCheck(root, check, true).status).toBe('saved');
    const record = loadStore(root).records.find((stored) => stored.record.id === 'fixture-legal-clinic')?.record;
    if (!record) throw new Error('the checked record did not read back');

    const now = new Date('2026-12-03T12:00:00Z');
    const { container } = render(<VerifiedNote record={record} now={now} />);
    expect(container.textContent).toBe('Confirmed by phone, Dec 1, 2026');
    render(<ServiceDetails record={record} now={now} />);
    expect(screen.getByText(/Confirmed by phone with the organization: name, hours/)).toBeInTheDocument();
    expect(screen.getByText(/Phone call with the organization at 312-555-0101/).closest('li')?.textContent).toMatch(/Dec(ember)? 1, 2026/);
  });
});
