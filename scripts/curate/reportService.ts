import { join } from 'node:path';
import { leadsFileSchema, type Lead } from '../../src/data/leadSchema';
import { readCheckedJson } from '../checkedJson';
import { LEADS_FILE } from '../readLeads';
import { ASKED_FIELDS, type AskedField } from './checkLog';
import { factText } from './facts';
import { parseReport, type ParsedReport } from './parseReport';
import { loadStore, writeStable } from './recordStore';

type Suggestion = Extract<ParsedReport, { kind: 'suggestion' }>;

export type ReportProposal =
  | {
      status: 'proposal';
      id: string;
      name: string;
      /** When the report names an id that was merged into this listing. */
      mergedFrom?: string;
      field: string;
      /** The fact to correct on a call, or none for "closed" and "something else". */
      askedField?: AskedField;
      current: string;
      proposed: string;
      reportDate: string;
      app: string;
    }
  | { status: 'suggestion'; report: Suggestion }
  | { status: 'refused'; message: string };

const asAsked = (field: string): AskedField | undefined => ASKED_FIELDS.find((asked) => asked === field);

/** A pasted message turned into the change it proposes, for the curator to accept, edit or reject. */
export function proposeFromReport(root: string, pasted: string): ReportProposal {
  const parsed = parseReport(pasted);
  if (!parsed.ok) return { status: 'refused', message: parsed.message };
  const report = parsed.report;
  if (report.kind === 'suggestion') return { status: 'suggestion', report };
  const { records } = loadStore(root);
  const direct = records.find(({ record }) => record.id === report.listing);
  const merged = direct ? undefined : records.find(({ record }) => record.formerIds?.includes(report.listing));
  const stored = direct ?? merged;
  if (!stored) {
    return { status: 'refused', message: `The report names the listing "${report.listing}", which is not in data/records (nor an old id of one): it may have been removed. Read the message and decide by hand.` };
  }
  const askedField = asAsked(report.field);
  return {
    status: 'proposal',
    id: stored.record.id,
    name: stored.record.name,
    ...(merged ? { mergedFrom: report.listing } : {}),
    field: report.field,
    ...(askedField ? { askedField } : {}),
    current: askedField ? factText(stored.record, askedField) : report.field === 'status' ? stored.record.status : '',
    proposed: report.says,
    reportDate: report.date,
    app: report.app,
  };
}

/**
 * A suggested service kept as a lead in data/leads.json: never shown in the app until someone finds a
 * dated source or calls. A lead names a public page, so a suggestion without one cannot be kept.
 */
export function suggestionToLead(root: string, report: Suggestion): { ok: true; lead: Lead } | { ok: false; message: string } {
  const checked = readCheckedJson(root, LEADS_FILE, leadsFileSchema);
  if ('problem' in checked) return { ok: false, message: checked.problem };
  const page = [report.source, report.website].find((text) => /^https?:\/\/\S+$/.test(text.trim()));
  if (!page || !report.name.trim()) return { ok: false, message: 'A lead needs a name and a public page (a link): this suggestion gives none. Look for one, or call and add the listing by hand.' };
  const lead: Lead = {
    name: report.name.trim(),
    ...(report.address.trim() ? { address: report.address.trim() } : {}),
    ...(report.phone.trim() ? { phone: report.phone.trim() } : {}),
    ...(/^https?:\/\/\S+$/.test(report.website.trim()) ? { website: report.website.trim() } : {}),
    kind: report.help.trim() || 'Suggested service (what it offers not given)',
    sources: [{ name: `Page given by a member of the public in a suggestion of ${report.date}`, url: page.trim(), date: 'undated', kind: 'other-page' }],
    reason: `Suggested through the app on ${report.date}${report.languages.trim() ? ` (languages given: ${report.languages.trim()})` : ''}; not yet confirmed by a dated source or a call.`,
  };
  const next = { ...checked.data, leads: [...checked.data.leads, lead] };
  const valid = leadsFileSchema.safeParse(next);
  if (!valid.success) return { ok: false, message: `Not kept: ${valid.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ')}` };
  writeStable(join(root, LEADS_FILE), next);
  return { ok: true, lead };
}
