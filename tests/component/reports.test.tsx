import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { REPORT_END, REPORT_START } from '../../src/service/reportBlock';
import { ReportProblem } from '../../src/service/ReportProblem';
import { SuggestService } from '../../src/service/SuggestService';
import { fixtureRecords } from '../fixtures/records';

const [clinic] = fixtureRecords;
if (!clinic) throw new Error('fixtures missing');

afterEach(() => {
  vi.unstubAllEnvs();
});

const message = (): string => {
  const box = screen.getByRole('textbox', { name: /Report a problem|Suggest a service/ });
  return box instanceof HTMLTextAreaElement ? box.value : '';
};

describe('a report from the public', () => {
  it('says what is wrong and what is right, with a block the workbench reads and nothing about the person', async () => {
    render(<ReportProblem record={clinic} />);
    await userEvent.click(screen.getByText(en.safety.report));
    await userEvent.selectOptions(screen.getByLabelText(en.reports.whatIsWrong), 'hours');
    await userEvent.type(screen.getByLabelText(en.reports.whatIsRight), 'Now open Saturdays 10-2, I called them');
    const text = message();
    expect(text).toContain(`${en.reports.whatIsWrong} ${en.reports.choices.hours}`);
    const block = text.slice(text.indexOf(REPORT_START));
    expect(block).toMatch(new RegExp(`^${REPORT_START}\nkind: problem\nlisting: fixture-legal-clinic\nfield: hours\nsays: Now open Saturdays 10-2, I called them\ndate: \\d{4}-\\d{2}-\\d{2}\napp: 0\\.1\\.0\n${REPORT_END}$`));
  });

  it('offers no e-mail link without a curators address, and one to the curators when the build sets it', async () => {
    const { unmount } = render(<ReportProblem record={clinic} />);
    await userEvent.click(screen.getByText(en.safety.report));
    expect(screen.queryByRole('link', { name: en.safety.openEmail })).toBeNull();
    expect(screen.getByText(en.reports.noAddress)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.safety.copy })).toBeInTheDocument();
    unmount();
    vi.stubEnv('VITE_CURATORS_EMAIL', 'listings@example.org');
    render(<ReportProblem record={clinic} />);
    await userEvent.click(screen.getByText(en.safety.report));
    const mail = screen.getByRole('link', { name: en.safety.openEmail }).getAttribute('href') ?? '';
    expect(mail).toMatch(/^mailto:listings%40example\.org\?subject=/);
    expect(decodeURIComponent(mail)).toContain('listing: fixture-legal-clinic');
    expect(screen.getByText(en.reports.sendTo('listings@example.org'))).toBeInTheDocument();
  });

  it('turns a suggested service into the same kind of message', async () => {
    render(<SuggestService />);
    await userEvent.click(screen.getByText(en.safety.suggest));
    const form = screen.getByText(en.reports.suggestWhat).parentElement ?? document.body;
    await userEvent.type(within(form).getByLabelText(en.safety.suggestFields.name), 'Casa Ejemplo');
    await userEvent.type(within(form).getByLabelText(en.safety.suggestFields.phone), '773-555-0142');
    const text = message();
    expect(text).toContain(`${en.safety.suggestFields.name}: Casa Ejemplo`);
    expect(text).toContain(`${REPORT_START}\nkind: suggestion\nname: Casa Ejemplo\naddress: \nphone: 773-555-0142\n`);
  });
});
