/** Usage: tsx scripts/import-health-centers.ts <Public_Health_Services-_Chicago_Primary_Care_Community_Health_Centers.csv> */
import { readCsv } from './import/csv';
import { importHealthCenters } from './import/healthCenters';
import { readBoundaries } from './import/places';
import { requireArguments, writeImport } from './import/writeImport';

const [csvPath = ''] = requireArguments('tsx scripts/import-health-centers.ts <health-centers.csv>', 1);
writeImport('data/records/cdph-health-centers.json', importHealthCenters(readCsv(csvPath), readBoundaries()));
