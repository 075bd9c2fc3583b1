import type { ServiceRecord } from '../src/data/schema';
import type { DataProblem } from '../src/data/validate';
import { isClosedStatus } from '../src/data/vocabulary';
import { communityAreaAt, isInZip } from '../src/geo/boundaries';
import { distanceMetres } from '../src/geo/distance';
import { isNorthSouthSide, locateStreetPlace, parseStreetPlace, streetKey, type StreetTable } from '../src/geo/streetGrid';
import type { Boundaries } from './import/places';
import { addressKey } from './import/text';

/**
 * How far a point may lie from where the street-grid geocoder puts its address. The geocoder's own
 * error is 31 m median and 84 m at the 90th percentile (data/geo/streets.json); past this, the point
 * or the address is wrong. Diagonal streets are left out: the grid fits them less well.
 */
const GRID_AGREEMENT_METRES = 400;
/** Two records at one street address must agree on the point within this. */
const SAME_ADDRESS_METRES = 150;

export interface LocatedRecord {
  file: string;
  record: ServiceRecord;
}

type Problem = Omit<DataProblem, 'file' | 'recordId'>;

/** Problems one record has against the boundaries and the street grid. */
export function placeProblems(record: ServiceRecord, boundaries: Boundaries, streets: StreetTable): Problem[] {
  const location = record.location;
  if (!location) return [];
  const problems: Problem[] = [];
  const point = location.point;
  if (!point) {
    if (location.city === 'Chicago' && !location.noPointReason) {
      problems.push({ field: 'location.point', message: 'a Chicago street address needs a point, or noPointReason saying why not' });
    }
    return problems;
  }
  if (location.zip && !isInZip(boundaries.zipAreas, location.zip, point.latitude, point.longitude)) {
    problems.push({ field: 'location.point', message: `the point ${point.latitude},${point.longitude} is not inside ZIP ${location.zip}` });
  }
  const area = communityAreaAt(boundaries.communityAreas, point.latitude, point.longitude);
  if (area !== location.communityArea) {
    problems.push({ field: 'location.communityArea', message: `the point lies in ${area ?? 'no community area'}, not ${location.communityArea ?? '(none given)'}` });
  }
  const place = parseStreetPlace(location.street);
  if (place?.kind !== 'address') return problems;
  const key = streetKey(place.street);
  const entry = key === undefined ? undefined : streets.st.find(([name]) => name === key);
  const [, ...segments] = entry ?? [];
  const firstSegment = segments[0];
  // Only a street seen on both sides of the baseline is known for sure to run one way; one bad City row can teach the table a one-sided street.
  if (firstSegment && firstSegment[0].length === 2 && place.direction) {
    const northSouth = isNorthSouthSide(firstSegment[0]);
    const fits = northSouth ? place.direction === 'N' || place.direction === 'S' : place.direction === 'E' || place.direction === 'W';
    if (!fits) {
      problems.push({ field: 'location.street', message: `"${location.street}": ${place.street} runs ${northSouth ? 'north-south' : 'east-west'}, so its addresses are ${northSouth ? 'N or S' : 'E or W'}` });
      return problems;
    }
  }
  const diagonal = segments.some((segment) => segment.length === 3 && segment[2] !== 0);
  const found = locateStreetPlace(place, streets);
  if (found.ok && !diagonal) {
    const away = distanceMetres(found, point);
    if (away > GRID_AGREEMENT_METRES) {
      problems.push({ field: 'location.point', message: `the point is ${Math.round(away)} m from where the street grid puts "${location.street}" (at most ${GRID_AGREEMENT_METRES} m)` });
    }
  }
  return problems;
}

/** Problems between records: one address with two points or ZIPs, the same active listing twice. */
export function crossRecordProblems(located: readonly LocatedRecord[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const byAddress = new Map<string, LocatedRecord>();
  const byListing = new Map<string, LocatedRecord>();
  for (const entry of located) {
    const { file, record } = entry;
    const location = record.location;
    const recordId = `"${record.id}"`;
    if (location) {
      const key = `${streetAddressKey(location.street)}|${location.city}`;
      const first = byAddress.get(key);
      if (!first) byAddress.set(key, entry);
      const other = first?.record.location;
      if (first && other && location.zip && other.zip && other.zip !== location.zip) {
        problems.push({ file, recordId, field: 'location.zip', message: `ZIP ${location.zip}, but "${first.record.id}" gives ${other.zip} for the same address` });
      }
      if (first && other?.point && location.point && distanceMetres(other.point, location.point) > SAME_ADDRESS_METRES) {
        const away = Math.round(distanceMetres(other.point, location.point));
        problems.push({ file, recordId, field: 'location.point', message: `${away} m from the point of "${first.record.id}" at the same address` });
      }
    }
    if (!isClosedStatus(record.status)) {
      const name = record.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const key = `${name}|${location ? streetAddressKey(location.street) : ''}|${record.phones[0]?.number ?? ''}`;
      const first = byListing.get(key);
      if (first) problems.push({ file, recordId, field: 'name', message: `the same name, address and phone as "${first.record.id}": merge them (formerIds keeps old links working)` });
      else byListing.set(key, entry);
    }
  }
  return problems;
}

/** "835 W. Addison St." and "835 W Addison" are one address: number, direction and street name. */
function streetAddressKey(street: string): string {
  const place = parseStreetPlace(street);
  if (place?.kind !== 'address') return addressKey(street);
  return `${place.number} ${place.direction ?? ''} ${streetKey(place.street) ?? place.street}`;
}

/** Former ids must not be in use, and must name one listing each. */
export function formerIdProblems(located: readonly LocatedRecord[]): DataProblem[] {
  const ids = new Set(located.map(({ record }) => record.id));
  const seen = new Map<string, string>();
  const problems: DataProblem[] = [];
  for (const { file, record } of located) {
    for (const former of record.formerIds ?? []) {
      const recordId = `"${record.id}"`;
      if (ids.has(former)) problems.push({ file, recordId, field: 'formerIds', message: `"${former}" is still the id of a listing` });
      const owner = seen.get(former);
      if (owner) problems.push({ file, recordId, field: 'formerIds', message: `"${former}" is already a former id of "${owner}"` });
      seen.set(former, record.id);
    }
  }
  return problems;
}

/**
 * The app names some listings in its code (help bar, print-outs). A missing one is said in the app, not
 * hidden; a closed or merged one would show a closed place or nothing, so it is refused here.
 */
export function referenceProblems(located: readonly LocatedRecord[], references: readonly { id: string; where: string }[]): DataProblem[] {
  const byId = new Map(located.map((entry) => [entry.record.id, entry]));
  const mergedInto = new Map(located.flatMap(({ record }) => (record.formerIds ?? []).map((former) => [former, record.id] as const)));
  return references.flatMap(({ id, where }) => {
    const entry = byId.get(id);
    const into = mergedInto.get(id);
    if (into) return [{ file: where, recordId: `"${id}"`, field: 'id', message: `names a merged listing: use "${into}"` }];
    if (entry && isClosedStatus(entry.record.status)) {
      return [{ file: where, recordId: `"${id}"`, field: 'status', message: `names a closed listing (${entry.file}): the app would show a closed place` }];
    }
    return [];
  });
}
