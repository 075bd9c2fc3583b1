import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceRecordSchema } from '../../src/data/schema';
import { reportBlock } from '../../src/service/reportBlock';
import { callScript, stillRightLetter } from '../../scripts/curate/letters';
import { parseReport } from '../../scripts/curate/parseReport';
import { proposeFromReport, suggestionToLead } from '../../scripts/curate/reportService';
import { fixtureDataFolder } from '../fixtures/dataFolder';
import { fixtureInputs, fixtureRecords } from '../fixtures/records';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(records: unknown[] = fixtureInputs): string {
  const root = fixtureDataFolder(records);
  folders.push(root);
  return root;
}

const phoneReport = reportBlock({ kind: 'problem', listing: 'fixture-legal-clinic', field: 'phones', says: 'The number is now 312-555-0199' }, '2026-11-30', '0.1.0');

describe('a pasted report', () => {
  it('is read from a whole message, quoted with "> " and with its long line wrapped by the mail program', () => {
    const wrapped = phoneReport.replace('says: The number is now', 'says: The number\nis now');
    const pasted = `Re: Report a problem\n\nOn Monday someone wrote:\n${wrapped.split('\n').map((line) => `> ${line}`).join('\n')}\n\nThanks`;
    expect(parseReport(pasted)).toEqual({
      ok: true,
      report: { kind: 'problem', listing: 'fixture-legal-clinic', field: 'phones', says: 'The number is now 312-555-0199', date: '2026-11-30', app: '0.1.0' },
    });
  });

  it('becomes a proposed change showing what the directory says now and what the person says', () => {
    expect(proposeFromReport(dataFolder(), phoneReport)).toEqual({
      status: 'proposal',
      id: 'fixture-legal-clinic',
      name: 'Immigration Legal Clinic',
      field: 'phones',
      askedField: 'phones',
      current: '312-555-0101',
      proposed: 'The number is now 312-555-0199',
      reportDate: '2026-11-30',
      app: '0.1.0',
    });
  });

  it('finds the listing an old, merged id now lives in', () => {
    const [clinic, ...rest] = fixtureInputs;
    const root = dataFolder([{ ...clinic, formerIds: ['old-clinic-id'] }, ...rest]);
    const proposal = proposeFromReport(root, phoneReport.replace('listing: fixture-legal-clinic', 'listing: old-clinic-id'));
    expect(proposal).toMatchObject({ status: 'proposal', id: 'fixture-legal-clinic', mergedFrom: 'old-clinic-id' });
  });

  it('says clearly when the message is not a report, is damaged, or names a listing that does not exist', () => {
    const root = dataFolder();
    expect(proposeFromReport(root, 'Hello, is the clinic open on Saturdays?')).toEqual({ status: 'refused', message: expect.stringContaining('This is not a report from the app') });
    expect(proposeFromReport(root, phoneReport.replace('field: phones', 'field: favourite colour'))).toEqual({ status: 'refused', message: expect.stringContaining("The report's block is damaged (field:") });
    expect(proposeFromReport(root, phoneReport.replace('fixture-legal-clinic', 'gone-clinic'))).toEqual({ status: 'refused', message: expect.stringContaining('"gone-clinic", which is not in data/records') });
  });

  it('keeps a suggested service as a lead only when it names a public page', () => {
    const root = dataFolder();
    const suggestion = { kind: 'suggestion', name: 'Casa Ejemplo', address: '', phone: '773-555-0142', website: '', languages: 'es', help: 'Food pantry', source: '', date: '2026-11-30', app: '0.1.0' } as const;
    expect(suggestionToLead(root, suggestion)).toEqual({ ok: false, message: expect.stringContaining('needs a name and a public page') });
    const kept = suggestionToLead(root, { ...suggestion, source: 'https://example.org/casa' });
    expect(kept.ok).toBe(true);
    const leads: unknown = JSON.parse(readFileSync(path.join(root, 'data/leads.json'), 'utf8'));
    expect(leads).toMatchObject({ leads: [{ name: 'Casa Ejemplo', phone: '773-555-0142', sources: [{ url: 'https://example.org/casa', date: 'undated' }] }] });
  });
});

describe('letters and call scripts', () => {
  const [clinic] = fixtureRecords;
  if (!clinic) throw new Error('fixtures missing');

  it('lists everything the directory says about an organization, with sources and dates, in English and Spanish', () => {
    const english = stillRightLetter([clinic], 'en');
    expect(english.subject).toBe('Is this still right? Fixture Justice Center in Chicago Help Map');
    expect(english.body).toContain('* Immigration Legal Clinic');
    expect(english.body).toContain('  Phone numbers: 312-555-0101');
    expect(english.body).toContain('  Address: 1800 S. Example Ave');
    expect(english.body).toMatch(/ {2}- .+ \(2025-06-01\)/);
    const spanish = stillRightLetter([clinic], 'es');
    expect(spanish.subject).toBe('¿Sigue siendo correcto? Fixture Justice Center en Chicago Help Map');
    expect(spanish.body).toContain('  Teléfonos: 312-555-0101');
    expect(callScript(clinic, 'es')).toContain('"Immigration Legal Clinic"');
    expect(callScript(clinic, 'en')).toContain('at 312-555-0101');
  });

  it('never writes a confidential address into a letter', () => {
    const hidden = serviceRecordSchema.parse({ ...fixtureInputs[0], confidentialAddress: true });
    const letter = stillRightLetter([hidden], 'en');
    expect(letter.body).not.toContain('1800 S. Example');
    expect(letter.body).toContain('  Address: (kept confidential: never published)');
  });
});
