import { serviceRecordSchema, type ServiceRecordInput } from '../../src/data/schema';
import type { CsvRow } from './csv';
import { placePoint, type Boundaries } from './places';
import { addressKey } from './text';

function streetKey(street: string): string {
  return addressKey(street).split(' ').slice(0, 3).join(' ');
}

export function geocodeFromCity(records: readonly unknown[], rows: readonly CsvRow[], boundaries: Boundaries) {
  const rowsByStreet = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = streetKey(row.Address ?? '');
    rowsByStreet.set(key, [...(rowsByStreet.get(key) ?? []), row]);
  }
  const log: string[] = [];
  const updated = records.map((raw) => {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (!parsed.success) return raw;
    const record: ServiceRecordInput = parsed.data;
    const location = record.location;
    if (!location || location.point) return raw;
    const candidates = rowsByStreet.get(streetKey(location.street)) ?? [];
    for (const row of candidates) {
      const zip = row.ZIP?.trim().slice(0, 5);
      if (location.zip && zip !== location.zip) continue;
      const placement = placePoint(
        boundaries,
        Number.parseFloat(row.Latitude ?? ''),
        Number.parseFloat(row.Longitude ?? ''),
        location.zip ?? zip,
        `City of Chicago geocode of the same address (${row.Address?.trim()}, ${row.Agency?.trim()}) in the DFSS delegate agencies data (release of 2015-10-07)`,
      );
      if (!placement.ok) continue;
      log.push(`${record.id}: point from the row of ${row.Agency?.trim()} at ${row.Address?.trim()}`);
      return {
        ...(typeof raw === 'object' ? raw : {}),
        location: {
          ...location,
          ...(location.zip ? {} : zip ? { zip } : {}),
          ...(placement.communityArea ? { communityArea: placement.communityArea } : {}),
          point: placement.point,
        },
      };
    }
    log.push(`${record.id}: no City row at ${location.street}; left without a point`);
    return raw;
  });
  return { updated, log };
}
