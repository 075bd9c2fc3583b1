import { describe, expect, it } from 'vitest';
import { serviceRecordSchema, type ServiceRecordInput } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { publicListings, retiredListings } from '../../scripts/validatedDataModules';
import { fixtureInputs } from '../fixtures/records';

const [clinic, pantry, shelter] = fixtureInputs;
if (!clinic || !pantry || !shelter) throw new Error('fixtures missing');

const statusSource = { name: 'Phone call with the organization', url: 'tel:+13125550101', date: '2026-12-01', kind: 'phone' as const, fields: ['status' as const] };

function problemsOf(record: ServiceRecordInput): string[] {
  return validateDataset([{ file: 'data/records/x.json', content: [record] }]).problems.map((problem) => `${problem.field}: ${problem.message}`);
}

describe('statuses that mean something', () => {
  it('asks a temporarily closed listing why, and accepts an until date', () => {
    const paused = { ...clinic, status: 'temporarily-closed' as const, sources: [...clinic.sources, statusSource], verified: { date: '2026-12-01', method: 'Test fixture' } };
    expect(problemsOf(paused)).toContain('temporaryClosure: a temporarily closed listing says why (and until when, if known)');
    expect(problemsOf({ ...paused, temporaryClosure: { reason: 'Flood damage', until: '2027-01' } })).toEqual([]);
    expect(problemsOf({ ...clinic, temporaryClosure: { reason: 'Flood damage' } })).toContain('temporaryClosure: only a temporarily closed listing has a closure');
  });

  it('leaves closed listings out of the results and keeps what a shared link needs to explain', () => {
    const closed = serviceRecordSchema.parse({ ...pantry, status: 'inactive', sources: [...pantry.sources, statusSource], verified: { date: '2026-12-01', method: 'Test fixture' } });
    const open = serviceRecordSchema.parse(clinic);
    expect(publicListings([open, closed]).map((record) => record.id)).toEqual([open.id]);
    expect(retiredListings([open, closed]).closed[closed.id]).toEqual({ name: closed.name, source: { name: statusSource.name, url: statusSource.url, date: statusSource.date } });
  });

  it('keeps a confidential address out of what the public app gets, and asks for a phone instead', () => {
    const hidden = serviceRecordSchema.parse({ ...shelter, confidentialAddress: true });
    const [published] = publicListings([hidden]);
    expect(published?.location).toBeUndefined();
    expect(JSON.stringify(published)).not.toContain(shelter.location?.street);
    expect(problemsOf({ ...shelter, confidentialAddress: true, phones: [] })).toContain('phones: a listing whose address is confidential needs a phone');
  });

  it('takes a tel: address only for a phone call', () => {
    const sources = clinic.sources.map((source) => ({ ...source, url: 'tel:+13125550101' }));
    expect(problemsOf({ ...clinic, sources })).toContain('sources.0.url: only a phone call has a tel: address');
  });
});
