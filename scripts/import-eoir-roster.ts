/**
 * Puts the EOIR roster of recognized organizations on the listings at the roster's Chicago offices:
 * `doj-recognized`, `accredited-representatives` where the office has any, and the roster as a source.
 * A recognition that has expired with no renewal pending is not flagged; an office with no listing at
 * its address is printed as a lead, never invented into one.
 * Usage: tsx scripts/import-eoir-roster.ts <eoir_recognized_organizations_illinois_YYYY-MM-DD.csv> [--today YYYY-MM-DD]
 */
import { basename } from 'node:path';
import { serviceRecordSchema } from '../src/data/schema';
import { readCsv } from './import/csv';
import { chicagoOffices, isCurrent, listingForOffice, withRecognition, type RosterSource } from './import/eoirRoster';
import { requireArguments, rewriteRecordsFile } from './import/writeImport';
import { readDataFiles } from './readDataFiles';

const [csvPath = ''] = requireArguments('tsx scripts/import-eoir-roster.ts <roster.csv> [--today YYYY-MM-DD]', 1);
const todayFlag = process.argv.indexOf('--today');
const today = todayFlag > 0 ? (process.argv[todayFlag + 1] ?? '') : new Date().toISOString().slice(0, 10);
const asOf = /(\d{4}-\d{2}-\d{2})\.csv$/.exec(basename(csvPath))?.[1];
if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('The roster file must be named with the date it is as of (…_2026-09-19.csv), and --today must be YYYY-MM-DD.');
  process.exit(2);
}
const roster: RosterSource = {
  name: `EOIR recognized organizations roster, as of ${asOf} (copy in petertakla/casewhy)`,
  url: 'https://github.com/petertakla/casewhy/blob/6279ba7/scripts/data/accredited-representatives-nationwide-2026-09-19.json',
  date: asOf,
};

const offices = chicagoOffices(readCsv(csvPath));
const { files } = readDataFiles(process.cwd());
const placed = new Set<string>();
for (const { file, content } of files) {
  if (!Array.isArray(content)) continue;
  let changed = false;
  const updated = content.map((raw: unknown) => {
    const parsed = serviceRecordSchema.safeParse(raw);
    if (!parsed.success || typeof raw !== 'object' || raw === null) return raw;
    const office = offices.find((candidate) => listingForOffice(candidate, [parsed.data]) !== undefined);
    if (!office) return raw;
    placed.add(office.organization);
    if (!isCurrent(office, today)) {
      console.log(`not flagged: ${office.organization} (${parsed.data.id}): recognition expired ${office.expiresOn}, no renewal pending as of ${asOf}`);
      return raw;
    }
    const { trust, sources, verified } = withRecognition(parsed.data, office, roster);
    changed = true;
    console.log(`recognized: ${office.organization} -> ${parsed.data.id}${office.representatives > 0 ? `, ${office.representatives} accredited representatives` : ''}`);
    return { ...raw, trust, sources, verified };
  });
  if (changed) rewriteRecordsFile(file, updated);
}
for (const office of offices.filter((candidate) => !placed.has(candidate.organization))) {
  console.log(`lead (no listing for its legal help at this address): ${office.organization}, ${office.street}, ${office.cityStateZip}`);
}
