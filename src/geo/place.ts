import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { CommunityAreas, ZipAreas } from './boundaries';
import { centreOf, communityAreaCentre } from './areaCentre';
import type { LatLng } from './distance';
import type { NearbyPlace } from './geoSchemas';
import { nearbyTown, nearbyZip } from './nearbyPlace';
import { NEIGHBORHOOD_AREAS } from './neighborhoods';

export type PlaceKind = 'device' | 'point' | 'zip' | 'area' | 'street' | 'town';

/** Where distances are measured from. Worked out in the browser; nothing about it is sent anywhere. */
export interface Place extends LatLng {
  kind: PlaceKind;
  /** What to call it: the ZIP, the community area's name, the street address as understood. */
  label: string;
  /** The community area or ZIP the place is, when it is one: what an area directory covers. */
  area?: string;
  /** A suburb or suburban ZIP: distances still count from it, and the box says the directory is Chicago's. */
  outsideChicago?: true;
}

export type PlaceProblem = 'not-found' | 'outside-chicago' | 'unknown-street' | 'ambiguous-direction' | 'not-crossing';

export type PlaceLookup = { ok: true; place: Place } | { ok: false; problem: PlaceProblem; detail?: string };

export interface StreetLocator {
  /** null when the text does not look like an address or an intersection. */
  locate(text: string): PlaceLookup | null;
}

export interface Geography {
  areas: CommunityAreas;
  zips: ZipAreas;
  streets?: StreetLocator;
  /** Suburbs and suburban ZIPs (data/geo/nearby-places.json), fetched only once a place is not found in Chicago. */
  nearby?: readonly NearbyPlace[];
}

/** "@41.853,-87.705" from the device, or coordinates typed or shared. */
const COORDINATES = /^@?\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
/** "60623", and a ZIP+4 as people write it: "60623-1234", "60623 1234". */
const ZIP = /^(\d{5})(?:\s*-\s*\d{4}|\s+\d{4})?$/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export function isInChicago(geography: Geography, { latitude, longitude }: LatLng): boolean {
  return geography.areas.features.some((area) => booleanPointInPolygon([longitude, latitude], area.geometry));
}

/**
 * Understands a place the way people type it: "60608", "60608-1234", "Pilsen", "Albany Park",
 * "26th and Kedzie", "2600 S Kedzie", a rounded position from "Use my location", and, given the nearby
 * places, a suburb ("Evanston") or a suburban ZIP ("60201") as a point outside the city.
 */
export function resolvePlace(text: string, geography: Geography): PlaceLookup {
  const trimmed = text.trim().slice(0, 200);
  const coordinates = COORDINATES.exec(trimmed);
  if (coordinates) {
    const point = { latitude: Number(coordinates[1]), longitude: Number(coordinates[2]) };
    if (!isInChicago(geography, point)) return { ok: false, problem: 'outside-chicago' };
    return { ok: true, place: { ...point, kind: trimmed.startsWith('@') ? 'device' : 'point', label: trimmed } };
  }
  const zipCode = ZIP.exec(trimmed)?.[1];
  if (zipCode) {
    const zip = geography.zips.features.find((feature) => feature.properties.zip === zipCode);
    const centre = zip && centreOf(zip.geometry.coordinates);
    if (centre) return { ok: true, place: { ...centre, kind: 'zip', label: zipCode, area: zipCode } };
    const suburb = geography.nearby && nearbyZip(zipCode, geography.nearby);
    return suburb ? { ok: true, place: suburb } : { ok: false, problem: 'outside-chicago', detail: zipCode };
  }
  const folded = fold(trimmed);
  const area =
    geography.areas.features.find((feature) => fold(feature.properties.name) === folded)?.properties.name ??
    NEIGHBORHOOD_AREAS.find(([name]) => name === folded)?.[1][0];
  if (area) {
    const place = communityAreaCentre(geography, area);
    if (place) return { ok: true, place: { ...place, label: fold(area) === folded ? area : `${titleCase(folded)} (${area})` } };
  }
  const town = geography.nearby && nearbyTown(folded, geography.nearby, fold);
  if (town) return { ok: true, place: town };
  const street = geography.streets?.locate(trimmed);
  if (street) return street.ok && !isInChicago(geography, street.place) ? { ok: false, problem: 'outside-chicago' } : street;
  return { ok: false, problem: 'not-found', detail: trimmed };
}
