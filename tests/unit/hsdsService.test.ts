import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/readDataFiles';
import { hsdsId } from '../../scripts/hsds/hsdsIds';
import { serviceToHsds } from '../../scripts/hsds/serviceToHsds';
import { serviceChecker } from '../../scripts/hsds/validateHsds';
import { validateDataset } from '../../src/data/validate';
import { fixtureRecords } from '../fixtures/records';

const problemsOf = serviceChecker();

describe('listings as HSDS 3.0 services', () => {
  it('gives the same UUID for the same listing in every build, and different ones for different parts', () => {
    expect(hsdsId('service', 'enlace-cala-legal-clinic')).toBe(hsdsId('service', 'enlace-cala-legal-clinic'));
    expect(hsdsId('service', 'enlace-cala-legal-clinic')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId('service', 'a')).not.toBe(hsdsId('location', 'a'));
  });

  it('validates every fixture and every shipped listing against the compiled service schema, closed', () => {
    const { records } = validateDataset(readDataFiles(process.cwd()).files);
    const shown = [...fixtureRecords, ...records].filter((record) => record.status !== 'defunct');
    expect(shown.length).toBeGreaterThan(100);
    const problems = shown.flatMap((record) => problemsOf(serviceToHsds(record)).map((problem) => `${record.id}: ${problem}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('is refused by the schema when a property HSDS does not name creeps in', () => {
    const [record] = fixtureRecords;
    if (!record) throw new Error('fixtures missing');
    expect(problemsOf({ ...serviceToHsds(record), categories: ['legal'] })).toEqual(['/ must NOT have additional properties']);
    expect(problemsOf({ ...serviceToHsds(record), status: 'open' }).join()).toContain('/status');
    expect(problemsOf({ ...serviceToHsds(record), id: 'not-a-uuid' }).join()).toContain('/id');
  });

  it('never publishes a confidential address', () => {
    const withAddress = fixtureRecords.find((record) => record.location);
    if (!withAddress) throw new Error('fixtures missing');
    const hidden = serviceToHsds({ ...withAddress, confidentialAddress: true });
    expect(hidden.service_at_locations).toEqual([]);
    expect(JSON.stringify(hidden)).not.toContain(withAddress.location?.street ?? '-');
  });

  it('publishes kinds of help, services and needs as taxonomy attributes, and dated sources as metadata', () => {
    const record = fixtureRecords.find((candidate) => candidate.services.length > 0 && candidate.sources.some((source) => source.date !== 'undated'));
    if (!record) throw new Error('fixtures missing');
    const service = serviceToHsds({ ...record, features: ['free', 'walk-in'] });
    const attributes = Array.isArray(service.attributes) ? service.attributes : [];
    const codes = attributes.map((attribute) => (typeof attribute === 'object' && attribute !== null && !Array.isArray(attribute) && typeof attribute.taxonomy_term === 'object' && attribute.taxonomy_term !== null && !Array.isArray(attribute.taxonomy_term) ? attribute.taxonomy_term.code : null));
    expect(codes).toEqual([...record.categories.map((category) => `category:${category}`), ...record.services.map((tag) => `service:${tag}`), 'need:free', 'need:walk-in', ...(record.trust ?? []).map((flag) => `trust:${flag}`)]);
    expect(service.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'USD' })]);
    const dated = record.sources.filter((source) => source.date !== 'undated');
    const metadata = Array.isArray(service.metadata) ? service.metadata : [];
    expect(metadata).toHaveLength(dated.length);
    expect(JSON.stringify(metadata)).toContain(`dated ${dated[0]?.date ?? '-'}`);
    expect(problemsOf(service)).toEqual([]);
  });
});
