import { describe, expect, it } from 'vitest';
import { communityCoverage } from '../../scripts/coverageByCommunity';
import { serviceRecordSchema } from '../../src/data/schema';
import { fixtureInputs } from '../fixtures/records';

const [legal, other] = fixtureInputs;
const records = [
  serviceRecordSchema.parse({ ...legal, communities: ['polish', 'refugees'] }),
  serviceRecordSchema.parse({ ...other, organization: { name: 'Second Org' }, communities: ['polish'] }),
  serviceRecordSchema.parse({ ...other, id: 'second-org-site', organization: { name: 'Second Org, Inc.- Morgan site' }, communities: ['polish'] }),
];
const lead = { name: 'A Ukrainian group', kind: 'help for new arrivals', communities: ['ukrainian' as const], sources: [], reason: 'only a 2017 list' };

describe('coverage by community', () => {
  const lines = communityCoverage(records, [lead]);
  const row = (name: string) => lines.find((line) => line.startsWith(`| ${name} |`));

  it('names the organizations listed for each community, each once', () => {
    expect(row('Polish')).toBe(`| Polish | 2 | ${[legal?.organization.name, 'Second Org'].sort().join('; ')} | 0 |`);
    expect(row('Refugees (any country)')).toContain('| 1 |');
  });

  it('shows a community with no listing as a gap, with its leads counted', () => {
    expect(row('Ukrainian')).toBe('| Ukrainian | 0 | **none** | 1 |');
    expect(row('Korean')).toBe('| Korean | 0 | **none** | 0 |');
  });
});
