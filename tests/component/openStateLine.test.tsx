import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chicagoTime, openState } from '../../src/data/openingHours';
import { DAYS } from '../../src/data/vocabulary';
import { OpenStateLine } from '../../src/service/OpenStateLine';
import { fixtureRecords } from '../fixtures/records';
import { NOW } from './renderApp';

const [, , , helpline] = fixtureRecords;
if (!helpline) throw new Error('fixtures missing');

describe('the open-now line', () => {
  it('says a line open all day every day is open 24 hours, not that it closes at midnight', () => {
    const hours = { text: '24/7', weekly: [{ days: [...DAYS], opens: '00:00', closes: '24:00' }] };
    const record = { ...helpline, hours };
    render(<OpenStateLine record={record} open={openState(hours, chicagoTime(NOW))} />);
    expect(screen.getByText('open 24 hours')).toHaveClass('status--always');
    expect(screen.queryByText(/midnight/)).toBeNull();
  });

  it('says why a listing is temporarily closed and until when, or that the reopening date is not known', () => {
    const closed = { ...helpline, status: 'temporarily-closed' as const, temporaryClosure: { reason: 'Building repairs', until: '2027-01-05' } };
    const { unmount } = render(<OpenStateLine record={closed} open={openState(helpline.hours, chicagoTime(NOW))} />);
    expect(screen.getByText(/Temporarily closed/)).toHaveTextContent('Temporarily closed: Building repairs · Until January 5, 2027');
    unmount();
    const noDate = { ...closed, temporaryClosure: { reason: 'Building repairs' } };
    render(<OpenStateLine record={noDate} open={openState(helpline.hours, chicagoTime(NOW))} />);
    expect(screen.getByText(/Temporarily closed/)).toHaveTextContent('Reopening date not given: call to confirm.');
  });
});
