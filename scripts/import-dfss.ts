/** Usage: tsx scripts/import-dfss.ts <Family_and_Support_Services_Delegate_Agencies.csv> */
import { readCsv } from './import/csv';
import { importDfss } from './import/dfss';
import { readBoundaries } from './import/places';
import { requireArguments, writeImport } from './import/writeImport';

const [csvPath = ''] = requireArguments('tsx scripts/import-dfss.ts <delegate-agencies.csv>', 1);
writeImport('data/records/dfss-delegate-agencies.json', importDfss(readCsv(csvPath), readBoundaries()));
