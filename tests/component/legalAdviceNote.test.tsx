import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serviceRecordSchema } from '../../src/data/schema';
import { LegalAdviceNote } from '../../src/service/LegalAdviceNote';
import { fixtureInputs } from '../fixtures/records';

const [clinic] = fixtureInputs;
if (!clinic) throw new Error('fixtures missing');
const withPatch = (patch: Partial<typeof clinic>) => serviceRecordSchema.parse({ ...clinic, ...patch });

describe('what a listing is for legal advice', () => {
  it('says a court is not a place to get a lawyer', () => {
    render(<LegalAdviceNote record={withPatch({ venue: 'court' })} />);
    expect(screen.getByText(/Court: for hearings and filings\. Not a place to get a lawyer\./)).toBeTruthy();
  });

  it('says what recognition lets accredited representatives do, only where the roster counts any', () => {
    const { container, rerender } = render(<LegalAdviceNote record={withPatch({ trust: ['doj-recognized', 'accredited-representatives'] })} />);
    expect(container.textContent).toContain('its accredited representatives may give immigration legal advice');
    rerender(<LegalAdviceNote record={withPatch({ trust: ['doj-recognized'] })} />);
    expect(container.textContent).toBe('');
    rerender(<LegalAdviceNote record={withPatch({})} />);
    expect(container.textContent).toBe('');
  });
});
