import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HELP_LINES } from '../src/app/helpLines';
import { leadsFileSchema } from '../src/data/leadSchema';
import { rightsFileSchema } from '../src/data/rightsSchema';
import { formatProblem, rawIds, validateDataset } from '../src/data/validate';
import { validateTranslations } from '../src/data/validateTranslations';
import { communityAreasSchema, nearbyPlacesSchema, streetTableSchema, zipAreasSchema } from '../src/geo/geoSchemas';
import { KEY_HOTLINE_IDS } from '../src/print/printRecords';
import { readCheckedJson } from './checkedJson';
import { CHECK_LOG_FILE, checkLogSchema } from './curate/checkLog';
import { crossRecordProblems, formerIdProblems, placeProblems, referenceProblems, type LocatedRecord } from './dataRules';
import { readDataFiles, RECORDS_DIR, TRANSLATIONS_DIR } from './readDataFiles';
import { LEADS_FILE } from './readLeads';

const RIGHTS_FILE = 'data/rights/rights.json';

/** Listings the app's code names, and where. */
const REFERENCES = [
  ...HELP_LINES.map(({ id }) => ({ id, where: 'src/app/helpLines.ts' })),
  ...KEY_HOTLINE_IDS.map((id) => ({ id, where: 'src/print/printRecords.ts' })),
];

/**
 * Everything wrong with the data under root, one line each: the records (shape, places, duplicates,
 * references), their translations, the rights statements and the geography files. `npm run
 * validate:data`, the build and the tests all ask this one function.
 */
export function dataProblems(root: string): { messages: string[]; recordCount: number; fileCount: number } {
  const records = readDataFiles(root, RECORDS_DIR);
  const translations = readDataFiles(root, TRANSLATIONS_DIR);
  const dataset = validateDataset(records.files);
  // A record that fails is reported once, for itself; its translation is not "of no record" as well.
  const knownIds = rawIds(records.files);
  const translationProblems = translations.files.flatMap((file) => validateTranslations(file, dataset.records, knownIds));

  const zipAreas = readCheckedJson(root, 'data/geo/zip-codes.json', zipAreasSchema);
  const communityAreas = readCheckedJson(root, 'data/geo/community-areas.json', communityAreasSchema);
  const streets = readCheckedJson(root, 'data/geo/streets.json', streetTableSchema);
  const nearby = readCheckedJson(root, 'data/geo/nearby-places.json', nearbyPlacesSchema);
  const rights = readCheckedJson(root, RIGHTS_FILE, rightsFileSchema);
  // The leads are for curators, not the app: a data folder without them (a test's) is still whole.
  const leads = existsSync(join(root, LEADS_FILE)) ? [readCheckedJson(root, LEADS_FILE, leadsFileSchema)] : [];
  const checks = existsSync(join(root, CHECK_LOG_FILE)) ? [readCheckedJson(root, CHECK_LOG_FILE, checkLogSchema)] : [];
  const fileProblems = [zipAreas, communityAreas, streets, nearby, rights, ...leads, ...checks].flatMap((checked) => ('problem' in checked ? [checked.problem] : []));

  const located: LocatedRecord[] = dataset.located;
  const placed =
    'data' in zipAreas && 'data' in communityAreas && 'data' in streets
      ? located.flatMap(({ file, record }) =>
          placeProblems(record, { zipAreas: zipAreas.data, communityAreas: communityAreas.data }, streets.data).map((problem) => ({
            file,
            recordId: `"${record.id}"`,
            ...problem,
          })),
        )
      : [];
  return {
    messages: [
      ...records.unreadable,
      ...translations.unreadable,
      ...fileProblems,
      ...dataset.problems.map(formatProblem),
      ...placed.map(formatProblem),
      ...crossRecordProblems(located).map(formatProblem),
      ...formerIdProblems(located).map(formatProblem),
      ...referenceProblems(located, REFERENCES).map(formatProblem),
      ...translationProblems.map(formatProblem),
    ],
    recordCount: dataset.records.length,
    fileCount: records.files.length + records.unreadable.length + translations.files.length + translations.unreadable.length + 5 + leads.length + checks.length,
  };
}
