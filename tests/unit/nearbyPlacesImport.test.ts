import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_SOURCE, importNearbyPlaces, parseGazetteer, WITHIN_MILES } from '../../scripts/import/nearbyPlaces';
import { readBoundaries } from '../../scripts/import/places';

const boundaries = readBoundaries();
const placesText = readFileSync('tests/fixtures/import/gazetteer-places.txt', 'utf8');
const zctaText = readFileSync('tests/fixtures/import/gazetteer-zcta.txt', 'utf8');

describe('the nearby-places import from the Census Gazetteer files', () => {
  const { file, skipped } = importNearbyPlaces(placesText, zctaText, boundaries);
  const names = file.places.map((place) => place.name);

  it('keeps the towns within 15 miles of the city, named as people say them, with their state and point', () => {
    expect(file.places.filter((place) => place.kind === 'place')).toEqual([
      { name: 'Elk Grove Village', kind: 'place', state: 'IL', lat: 42.00578, lon: -87.99303 },
      { name: 'Evanston', kind: 'place', state: 'IL', lat: 42.04639, lon: -87.69435 },
      { name: 'Oak Park', kind: 'place', state: 'IL', lat: 41.88717, lon: -87.78994 },
      { name: 'Winfield', kind: 'place', state: 'IL', lat: 41.87744, lon: -88.1511 },
    ]);
    // Aurora and Joliet are farther; Fairmont is a census-designated place, not a town.
    expect(names).not.toContain('Aurora');
    expect(names).not.toContain('Joliet');
    expect(names).not.toContain('Fairmont');
  });

  it('keeps suburban ZIP areas, leaves Chicago ZIPs to the city outlines, and reads the columns by name', () => {
    expect(file.places.filter((place) => place.kind === 'zip')).toEqual([
      { name: '46320', kind: 'zip', lat: 41.6917, lon: -87.51092 },
      { name: '60018', kind: 'zip', lat: 41.97939, lon: -87.91176 },
      { name: '60201', kind: 'zip', lat: 42.05614, lon: -87.69224 },
      { name: '60302', kind: 'zip', lat: 41.89461, lon: -87.78971 },
    ]);
    expect(names).not.toContain('60623');
    expect(names).not.toContain('60506');
  });

  it('says why it left out Chicago itself, and keeps Winfield, Illinois, not the Winfield in Indiana 20 miles off', () => {
    expect(skipped).toEqual([{ name: 'Chicago city', reason: 'inside Chicago' }]);
    expect(file.places.filter((place) => place.name === 'Winfield')).toHaveLength(1);
  });

  it('keeps the nearer of two towns of one name, and says so', () => {
    const header = 'USPS\tNAME\tINTPTLAT\tINTPTLONG';
    const twoTowns = [header, 'IN\tTestville town\t41.5\t-87.35', 'IL\tTestville village\t41.88\t-87.86'].join('\n');
    const result = importNearbyPlaces(twoTowns, 'GEOID\tINTPTLAT\tINTPTLONG\n60201\t42.05614\t-87.69224', boundaries);
    expect(result.file.places.filter((place) => place.kind === 'place')).toEqual([
      { name: 'Testville', kind: 'place', state: 'IL', lat: 41.88, lon: -87.86 },
    ]);
    expect(result.skipped).toEqual([{ name: 'Testville', reason: 'a nearer town has the same name' }]);
  });

  it('names its source with the date the dataset shows, and the distance it kept', () => {
    expect(file.source).toEqual(GAZETTEER_SOURCE);
    expect(file.withinMiles).toBe(WITHIN_MILES);
  });

  it('parses padded headers and Windows line ends', () => {
    expect(parseGazetteer('GEOID\tINTPTLAT\tINTPTLONG   \r\n60201\t42.05614\t-87.69224\r\n')).toEqual([
      { GEOID: '60201', INTPTLAT: '42.05614', INTPTLONG: '-87.69224' },
    ]);
  });
});
