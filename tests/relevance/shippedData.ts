import { readFileSync } from 'node:fs';
import { readDataFiles } from '../../scripts/readDataFiles';
import { validateDataset } from '../../src/data/validate';
import { communityAreasSchema, streetTableSchema, zipAreasSchema } from '../../src/geo/geoSchemas';
import type { Geography } from '../../src/geo/place';
import { streetLocatorFor } from '../../src/geo/streetGrid';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The listings the app searches: the validated data, without the defunct ones, which are never among results. */
export const shippedRecords = validateDataset(readDataFiles(process.cwd()).files).records.filter((record) => record.status !== 'defunct');

/** The outlines and the street grid the place box uses. */
export const shippedGeography: Geography = {
  areas: communityAreasSchema.parse(read('data/geo/community-areas.json')),
  zips: zipAreasSchema.parse(read('data/geo/zip-codes.json')),
  streets: streetLocatorFor(streetTableSchema.parse(read('data/geo/streets.json'))),
};
