import { leadsFileSchema, type Lead } from '../src/data/leadSchema';
import { readCheckedJson } from './checkedJson';

export const LEADS_FILE = 'data/leads.json';

/** The curators' leads; none when the file is missing or wrong (validate:data reports a wrong one). */
export function readLeads(root: string): Lead[] {
  const checked = readCheckedJson(root, LEADS_FILE, leadsFileSchema);
  return 'data' in checked ? checked.data.leads : [];
}
