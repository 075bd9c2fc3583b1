import type { ServiceRecordInput } from '../../src/data/schema';
import type { CsvRow } from './csv';
import { chicagoLocation, placePoint, type Boundaries } from './places';
import { stableId, tidyCapitals, toE164 } from './text';
import type { ImportResult, SkippedRow } from './writeImport';

export const HEALTH_CENTERS_SOURCE = {
  name: 'Chicago Department of Public Health, Chicago Primary Care Community Health Centers (data portal cjg8-dbka), rows last updated 2014-04-22',
  url: 'https://data.cityofchicago.org/d/cjg8-dbka',
  // The portal's "rows updated" time for the dataset (rowsUpdatedAt 1398198613); the 2019 copy holds those rows.
  date: '2014-04-22',
  kind: 'city-list',
} as const;

/** One record per health center; the dataset's own note on each (FQHC, free clinic, who it serves) becomes its description. */
export function importHealthCenters(rows: readonly CsvRow[], boundaries: Boundaries): ImportResult {
  const records: ServiceRecordInput[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((row, index) => {
    const name = row.Facility?.trim() ?? '';
    const street = tidyCapitals(row['Address 2'] ?? '');
    const zip = row.Zip?.trim().slice(0, 5) || undefined;
    const label = `row ${index + 2} (${name || 'no name'}, ${street || 'no address'})`;
    if (!name || !street) return void skipped.push({ row: label, reason: 'no name or no address' });
    const placement = placePoint(
      boundaries,
      Number.parseFloat(row.LAT ?? ''),
      Number.parseFloat(row.LON ?? ''),
      zip,
      `City geocode in the ${HEALTH_CENTERS_SOURCE.name}`,
    );
    if (!placement.ok) return void skipped.push({ row: label, reason: placement.reason });
    const phone = toE164(row.Phone);
    const note = row.Type?.replace(/\s+/g, ' ').trim();
    records.push({
      id: stableId('health-center', name),
      name,
      organization: { name: name.split(' - ')[0]?.trim() || name },
      ...(note ? { description: `Listed by the Chicago Department of Public Health as: ${note}.` } : {}),
      categories: ['health'],
      services: ['primary-care'],
      phones: phone ? [{ number: phone, kind: 'voice' as const }] : [],
      location: chicagoLocation(street, zip, placement),
      sources: [
        {
          ...HEALTH_CENTERS_SOURCE,
          fields: ['name', 'organization', 'description', 'categories', 'services', 'phones', 'location', 'point'],
        },
      ],
      verified: { date: HEALTH_CENTERS_SOURCE.date, method: 'City dataset: CDPH primary care community health centers, rows last updated April 2014' },
    });
  });
  return { records, skipped };
}
