import type { Category, ServiceTag } from '../../src/data/categories';
import type { ServiceRecordInput } from '../../src/data/schema';
import type { CsvRow } from './csv';
import { chicagoLocation, placePoint, type Boundaries } from './places';
import { addressKey, stableId, tidyCapitals, toE164 } from './text';
import type { ImportResult, SkippedRow } from './writeImport';

export const DFSS_SOURCE = {
  name: 'City of Chicago, Family and Support Services Delegate Agencies (data portal jmw7-ijg5), release of 2015-10-07',
  url: 'https://data.cityofchicago.org/d/jmw7-ijg5',
  // The portal's publication date: the 2020 and 2023 copies hold this release unchanged (data/README.md).
  date: '2015-10-07',
  kind: 'city-list',
} as const;

type Need = readonly [Category, ServiceTag];

/**
 * The programme models kept, and what each offers. Left out on purpose: Head Start, child care and
 * youth programmes (classroom and school sites a family cannot walk into for help), street outreach
 * and coordination roles (no site to visit).
 */
export const PROGRAMME_NEEDS: Readonly<Record<string, readonly Need[]>> = {
  'Early Learning for Immigrant Families': [['community', 'immigrant-services']],
  'Counseling and Case Management Services': [['community', 'domestic-violence-support']],
  'Legal Advocacy and Case Management': [['legal', 'civil-legal-aid'], ['community', 'domestic-violence-support']],
  'Legal Services for Victims of Domestic Violence': [['legal', 'civil-legal-aid'], ['community', 'domestic-violence-support']],
  'Court House Domestic Violence': [['legal', 'civil-legal-aid'], ['community', 'domestic-violence-support']],
  'Community Hospitality Center (Drop-In Centers)': [['shelter', 'drop-in']],
  'Emergency Shelter': [['shelter', 'emergency-shelter']],
  'Safe Havens Program': [['shelter', 'emergency-shelter']],
  'Homeless Prevention': [['shelter', 'homelessness-prevention']],
  'Homelessness Prevention': [['shelter', 'homelessness-prevention']],
  'Homeless Youth Engagement: Youth Drop-In Centers': [['shelter', 'drop-in']],
  'Youth Drop-In Center': [['shelter', 'drop-in']],
  'Homeless Youth Overnight Shelter: Low-Threshold': [['shelter', 'youth-shelter']],
  'Low Threshold Youth Overnight Shelter': [['shelter', 'youth-shelter']],
  'Interim Housing': [['shelter', 'interim-housing']],
  'Interim Housing-Youth': [['shelter', 'interim-housing'], ['shelter', 'youth-shelter']],
  'Project Based Transitional Housing': [['shelter', 'interim-housing']],
  'Permanent Housing with Short-term Supports': [['shelter', 'supportive-housing']],
  'Permanent Supportive Housing': [['shelter', 'supportive-housing']],
  'Youth-Intentional Permanent Supportive Housing': [['shelter', 'supportive-housing']],
  'Shelter Plus Care': [['shelter', 'supportive-housing']],
  'Rapid Re-housing Program': [['shelter', 'supportive-housing']],
  'Digital Literacy Program': [['education', 'digital-literacy']],
  'Emergency Food Assistance for At-Risk Population': [['food', 'food-pantry']],
  'Legal Services': [['legal', 'civil-legal-aid']],
  'Public Benefits Outreach and Enrollment': [['community', 'benefits']],
  'Tax Preparation Assistance': [['community', 'tax-preparation']],
  'Congregate Dining': [['food', 'meals'], ['community', 'senior-services']],
  'Home Delivered Meals': [['food', 'meals'], ['community', 'senior-services']],
  'Intensive Case Advocacy and Support For At-Risk Seniors': [['community', 'senior-services']],
  'Caregiver Services': [['community', 'senior-services']],
  'Older Relatives Raising Children': [['community', 'senior-services']],
  'Housing Relocation Counseling for At-Risk Seniors': [['community', 'senior-services']],
  'Health and Wellness Promotion': [['community', 'senior-services']],
  'Satellite Senior Centers': [['community', 'senior-services']],
  'Chore Services': [['community', 'senior-services']],
  'Comprehensive Fitness': [['community', 'senior-services']],
  'Senior Community Service Employment Program (SCSEP)': [['work', 'job-training'], ['community', 'senior-services']],
  'Employment Preparation and Placement Program': [['work', 'job-training']],
  'Industry-Specific Training and Placement Program': [['work', 'job-training']],
  'Transitional Jobs Program': [['work', 'job-training']],
  'Community Re-Entry Support Centers': [['work', 'job-training']],
};

interface Site {
  rows: CsvRow[];
  programmes: string[];
}

/** Agency and house number, direction and street name: "4838 N Sheridan" and "4838 N Sheridan Rd" are one site. */
function siteKey(row: CsvRow): string {
  const [number = '', direction = '', name = ''] = addressKey(row.Address ?? '').split(' ');
  return stableId(row.Agency ?? '', number, direction, name);
}

function describe(row: CsvRow, index: number): string {
  return `row ${index + 2} (${row.Agency?.trim()}, ${row['Program Model']?.trim()}, ${row.Address?.trim() || 'no address'})`;
}

/** One record per agency and address, listing every kept programme offered there. */
export function importDfss(rows: readonly CsvRow[], boundaries: Boundaries): ImportResult {
  const skipped: SkippedRow[] = [];
  const sites = new Map<string, Site>();
  rows.forEach((row, index) => {
    const programme = row['Program Model']?.trim() ?? '';
    if (!(programme in PROGRAMME_NEEDS)) return;
    const address = row.Address?.trim() ?? '';
    if (address === '' || /^DV Shelter/i.test(address)) {
      skipped.push({ row: describe(row, index), reason: 'address withheld or missing (domestic-violence shelters are listed by hotline only)' });
      return;
    }
    if ((row.City?.trim() ?? '') !== 'Chicago') {
      skipped.push({ row: describe(row, index), reason: `outside Chicago (${row.City?.trim() || 'no city'})` });
      return;
    }
    const site = sites.get(siteKey(row)) ?? { rows: [], programmes: [] };
    site.rows.push(row);
    if (!site.programmes.includes(programme)) site.programmes.push(programme);
    sites.set(siteKey(row), site);
  });

  const records: ServiceRecordInput[] = [];
  for (const site of sites.values()) {
    const record = toRecord(site, boundaries);
    if ('reason' in record) skipped.push(record);
    else records.push(record);
  }
  return { records, skipped };
}

function toRecord(site: Site, boundaries: Boundaries): ServiceRecordInput | SkippedRow {
  const [first] = site.rows;
  if (!first) return { row: 'empty site', reason: 'no rows' };
  const agency = first.Agency?.trim() ?? '';
  const street = tidyCapitals(first.Address ?? '');
  const zip = first.ZIP?.trim().slice(0, 5) || undefined;
  const placement = placePoint(
    boundaries,
    Number.parseFloat(first.Latitude ?? ''),
    Number.parseFloat(first.Longitude ?? ''),
    zip,
    'City of Chicago geocode in the DFSS delegate agencies data (release of 2015-10-07)',
  );
  if (!placement.ok) return { row: `${agency}, ${street}`, reason: placement.reason };

  const needs = site.programmes.flatMap((programme) => PROGRAMME_NEEDS[programme] ?? []);
  const categories = [...new Set(needs.map(([category]) => category))];
  const services = [...new Set(needs.map(([, service]) => service))];
  const siteName = tidyCapitals(first['Site Name'] ?? '') || agency;
  const phones = [...new Set(site.rows.map((row) => toE164(row['Phone Number'])).filter((phone) => phone !== undefined))];
  const extension = first['Phone Extension']?.trim();
  const line2 = first['Address Line 2']?.trim();

  return {
    id: stableId('dfss', agency, addressKey(street)),
    name: siteName,
    organization: { name: agency },
    description: `City-funded site (Chicago Department of Family and Support Services list, 2015): ${site.programmes.join('; ')}.`,
    categories,
    services,
    phones: phones.map((number, index) => ({
      number,
      kind: 'voice' as const,
      ...(index === 0 && extension && /^\d{1,6}$/.test(extension) ? { extension } : {}),
    })),
    location: chicagoLocation(street, zip, placement, line2 ? tidyCapitals(line2) : undefined),
    sources: [{ ...DFSS_SOURCE, fields: ['name', 'organization', 'description', 'categories', 'services', 'phones', 'location', 'point'] }],
    verified: { date: DFSS_SOURCE.date, method: 'City dataset: DFSS delegate agencies, release of October 2015' },
  };
}
