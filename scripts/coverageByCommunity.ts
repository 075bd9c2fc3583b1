import type { Lead } from '../src/data/leadSchema';
import type { ServiceRecord } from '../src/data/schema';
import { COMMUNITIES, type Community } from '../src/data/vocabulary';

const COMMUNITY_NAMES: Record<Community, string> = {
  latino: 'Latino',
  polish: 'Polish',
  ukrainian: 'Ukrainian',
  'eastern-european': 'Other Eastern European',
  chinese: 'Chinese',
  korean: 'Korean',
  'southeast-asian': 'Southeast Asian (Vietnamese, Cambodian, Burmese...)',
  filipino: 'Filipino',
  'south-asian': 'South Asian',
  asian: 'Asian American (all)',
  arab: 'Arab',
  afghan: 'Afghan',
  african: 'African',
  refugees: 'Refugees (any country)',
};

const comparable = (name: string) =>
  ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\b(inc|the)\b/g, ' ').replace(/\s+/g, ' ').trim()} `;

/** Each organization once: a City list names some by site ("Alivio Medical Center- Morgan"), which counts as the shorter name. */
function distinctOrganizations(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of [...new Set(names)].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    if (!kept.some((shorter) => comparable(name).startsWith(comparable(shorter)))) kept.push(name);
  }
  return kept.sort((a, b) => a.localeCompare(b));
}

/** One line per community: the organizations listed for it, so that a community with none shows as a gap. */
export function communityCoverage(counted: readonly ServiceRecord[], leads: readonly Lead[]): string[] {
  const rows = COMMUNITIES.map((community) => {
    const organizations = distinctOrganizations(
      counted.filter((record) => record.communities?.includes(community)).map((record) => record.organization.name),
    );
    const leadCount = leads.filter((lead) => lead.communities?.includes(community)).length;
    const listed = organizations.length === 0 ? '**none**' : organizations.join('; ');
    return `| ${COMMUNITY_NAMES[community]} | ${organizations.length} | ${listed} | ${leadCount} |`;
  });
  return [
    'Organizations by the community they serve (where a source says so; `communities` in a record), and the',
    'unpublished candidates for it in `data/leads.json`:',
    '',
    '| Community | Organizations | Listed | Leads |',
    '| --- | --- | --- | --- |',
    ...rows,
  ];
}
