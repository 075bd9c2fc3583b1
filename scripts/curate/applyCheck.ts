import type { Location, ServiceRecord, Source } from '../../src/data/schema';
import type { RecordField } from '../../src/data/vocabulary';
import { formatPhone } from '../../src/service/links';
import type { Placement } from '../import/places';
import { ASKED_FIELDS, type AskedField, type CheckEntry } from './checkLog';
import type { CheckInput } from './checkInput';
import { FIELD_NAMES } from './facts';
import { parseAddress, parseFact } from './parseFact';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface AppliedCheck {
  /** The record as it will be written, or undefined when the call changes nothing in it (no answer). */
  next: Record<string, unknown> | undefined;
  entry: CheckEntry;
  problems: FieldProblem[];
}

/** What a changed field also takes with it: a new address has its own point and community area. */
const COMES_WITH: Partial<Record<AskedField, RecordField[]>> = { location: ['location', 'point', 'communityArea'] };

export const PHONE_METHOD = 'Confirmed by phone with the organization';

/**
 * A call's answers applied to a record, in the file's own key order. Every fact the organization
 * confirmed or corrected is then vouched for by the call, dated the day of the call; a corrected fact
 * no longer claims the support of the older sources, which said something else.
 */
export function applyCheck(
  raw: Readonly<Record<string, unknown>>,
  record: ServiceRecord,
  input: CheckInput,
  place: (location: Pick<Location, 'street' | 'zip'>) => Placement,
): AppliedCheck {
  const answered = ASKED_FIELDS.filter((field) => input.facts[field] && input.facts[field].result !== 'not-asked');
  const changed = answered.filter((field) => input.facts[field]?.result === 'changed');
  const entry: CheckEntry = {
    id: record.id,
    date: input.date,
    initials: input.initials.toUpperCase(),
    outcome: input.outcome,
    called: input.called,
    facts: Object.fromEntries(ASKED_FIELDS.flatMap((field) => (input.facts[field] ? [[field, input.facts[field].result]] : []))),
    ...(input.note ? { note: input.note } : {}),
  };
  const problems = outcomeProblems(input, answered, changed);
  if (input.outcome === 'no-answer' || input.outcome === 'wrong-number') return { next: undefined, entry, problems };

  const next: Record<string, unknown> = { ...raw };
  const supported: RecordField[] = [];
  const dropped = new Set<RecordField>();
  if (input.outcome === 'closed') {
    next.status = 'defunct';
    if (input.closedOn) next.closedOn = input.closedOn;
    delete next.temporaryClosure;
    supported.push('status');
  } else {
    for (const field of answered) {
      supported.push(field);
      if (input.facts[field]?.result !== 'changed') continue;
      const typed = input.facts[field].value ?? '';
      const parsed = field === 'location' ? addressFact(typed) : parseFact(field, typed);
      if (!parsed.ok) {
        problems.push({ field: `facts.${field}`, message: parsed.message });
        continue;
      }
      for (const part of COMES_WITH[field] ?? [field]) dropped.add(part);
      if (field === 'location' && 'address' in parsed) next.location = movedLocation(parsed.address, record, input.date, place);
      else next[field] = 'value' in parsed ? parsed.value : undefined;
    }
  }
  // A field the organization says no longer applies is left out, as JSON.stringify leaves out undefined.
  const call: Source = {
    name: `Phone call with the organization at ${formatPhone(input.called)}`,
    url: `tel:${input.called}`,
    date: input.date,
    kind: 'phone',
    fields: supported,
  };
  next.sources = [...record.sources.flatMap((source) => withoutFields(source, dropped)).filter((source) => source.url !== call.url || source.kind !== 'phone'), call];
  next.verified = { date: input.date, method: `${PHONE_METHOD}: ${supported.map(fieldName).join(', ')}` };
  const curated = new Set([...(record.curatedFields ?? []), ...(input.outcome === 'closed' ? ['status' as const] : changed)]);
  if (record.curatedFields || changed.length > 0 || input.outcome === 'closed') next.curatedFields = [...curated].sort();
  return { next, entry, problems };
}

const NAMES = new Map<string, string>([...Object.entries(FIELD_NAMES), ['status', 'still operating']]);

function fieldName(field: RecordField): string {
  return (NAMES.get(field) ?? field).toLowerCase();
}

type Address = Pick<Location, 'street' | 'city' | 'state' | 'zip'>;

function addressFact(typed: string): { ok: true; address: Address } | { ok: false; message: string } {
  const address = parseAddress(typed);
  return typeof address === 'string' ? { ok: false, message: address } : { ok: true, address };
}

function withoutFields(source: Source, dropped: ReadonlySet<RecordField>): Source[] {
  const fields = source.fields.filter((field) => !dropped.has(field));
  // A source left vouching for nothing is the record's history now; git and data/checks.json keep it.
  return fields.length > 0 ? [{ ...source, fields }] : [];
}

function movedLocation(address: Address, record: ServiceRecord, date: string, place: (location: Pick<Location, 'street' | 'zip'>) => Placement): Location {
  const placement = place(address);
  if (placement.ok) return { ...address, ...(placement.communityArea ? { communityArea: placement.communityArea } : {}), point: placement.point };
  const old = record.location?.street;
  return { ...address, noPointReason: `Moved${old ? ` from ${old}` : ''} (phone call of ${date}); the street grid found no point: ${placement.reason}` };
}

function outcomeProblems(input: CheckInput, answered: readonly AskedField[], changed: readonly AskedField[]): FieldProblem[] {
  const problem = (message: string): FieldProblem[] => [{ field: 'outcome', message }];
  switch (input.outcome) {
    case 'confirmed':
      if (answered.length === 0) return problem('nothing was confirmed: mark at least one fact "confirmed"');
      return changed.length > 0 ? problem('some facts changed: choose the outcome "changed"') : [];
    case 'changed':
      return changed.length === 0 ? problem('no fact is marked "changed to"') : [];
    case 'moved':
      return input.facts.location?.result === 'changed' ? [] : problem('a move needs the new address: mark the address "changed to"');
    default:
      return [];
  }
}
