/** Usage: tsx scripts/import-city-sites.ts <kind> <file.geojson>; kinds: libraries, community-service-centers, senior-centers, workforce-centers, wic-clinics, sti-clinics */
import { readFileSync } from 'node:fs';
import { CITY_SITE_KINDS, importCitySites, isCitySiteKind, pointCollection } from './import/citySites';
import { readBoundaries } from './import/places';
import { requireArguments, writeImport } from './import/writeImport';

const kinds = Object.keys(CITY_SITE_KINDS).join(', ');
const [kind = '', path = ''] = requireArguments(`tsx scripts/import-city-sites.ts <kind> <file.geojson> (kinds: ${kinds})`, 2);
if (!isCitySiteKind(kind)) {
  console.error(`Unknown kind "${kind}". Kinds: ${kinds}`);
  process.exit(2);
}
const { features } = pointCollection.parse(JSON.parse(readFileSync(path, 'utf8')));
writeImport(`data/records/city-${kind}.json`, importCitySites(kind, features, readBoundaries()));
