import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpBar } from '../../src/app/HelpBar';
import { HELP_LINES } from '../../src/app/helpLines';
import type { ServiceRecord } from '../../src/data/schema';
import { en } from '../../src/i18n/en';
import { fixtureRecords } from '../fixtures/records';

describe('the help bar', () => {
  it('says which number is missing when a hotline record has none, and still shows the others', () => {
    const [helpline] = fixtureRecords.filter((record) => record.categories.includes('hotline'));
    if (!helpline) throw new Error('fixture hotline missing');
    const withNumber: ServiceRecord = { ...helpline, id: '211-metro-chicago' };
    const withoutNumber: ServiceRecord = { ...helpline, id: '988-suicide-and-crisis-lifeline', phones: [] };
    render(<HelpBar byId={new Map([withNumber, withoutNumber].map((record) => [record.id, record]))} />);
    const bar = screen.getByRole('navigation', { name: en.safety.helpBar });
    expect(bar.querySelectorAll('a[href^="tel:"]')).toHaveLength(1);
    expect(screen.getByText(en.safety.numberMissing(en.safety.helpLines.crisis))).toBeInTheDocument();
    // Lines with no record at all (911 here) are named as missing too.
    expect(bar.querySelectorAll('.help-missing')).toHaveLength(HELP_LINES.length - 1);
  });
});
