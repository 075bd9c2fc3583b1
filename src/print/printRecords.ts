import { CATEGORIES, type Category } from '../data/categories';
import type { ServiceRecord } from '../data/schema';

/** The phone lines every handout carries, in this order, where the data has them. */
export const KEY_HOTLINE_IDS = [
  '211-metro-chicago',
  'chicago-311-shelter-placement',
  'icirr-family-support-hotline',
  'carpls-legal-aid-hotline',
  'illinois-domestic-violence-hotline',
  '988-suicide-and-crisis-lifeline',
] as const;

export function keyHotlines(byId: ReadonlyMap<string, ServiceRecord>): ServiceRecord[] {
  return KEY_HOTLINE_IDS.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}

/** Whether the text names a ZIP code rather than a community area. */
export function isZip(area: string): boolean {
  return /^\d{5}$/.test(area.trim());
}

/** The services with an address in a community area (by name, any case) or a ZIP code. */
export function recordsInArea(records: readonly ServiceRecord[], area: string): ServiceRecord[] {
  const wanted = area.trim().toLowerCase();
  if (wanted === '') return [];
  return records.filter(({ location }) =>
    isZip(wanted) ? location?.zip === wanted : location?.communityArea?.toLowerCase() === wanted,
  );
}

/** Each service under its first kind of help, kinds in the app's order, names A–Z within each. */
export function groupByCategory(records: readonly ServiceRecord[]): { category: Category; records: ServiceRecord[] }[] {
  const first = (record: ServiceRecord) => CATEGORIES.find((category) => record.categories.includes(category)) ?? 'community';
  return CATEGORIES.map((category) => ({
    category,
    records: records.filter((record) => first(record) === category).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.records.length > 0);
}

/** The print list with each id found once, in its order; ids no record has are dropped. */
export function pickedRecords(picks: readonly string[], byId: ReadonlyMap<string, ServiceRecord>): ServiceRecord[] {
  return picks.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}
