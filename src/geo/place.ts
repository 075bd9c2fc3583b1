import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { CommunityAreas, ZipAreas } from './boundaries';
import { centreOf, communityAreaCentre } from './areaCentre';
import type { LatLng } from './distance';
import { NEIGHBORHOOD_AREAS } from './neighborhoods';

export type PlaceKind = 'device' | 'point' | 'zip' | 'area' | 'street';

/** Where distances are measured from. Worked out in the browser; nothing about it is sent anywhere. */
export interface Place extends LatLng {
  kind: PlaceKind;
  /** What to call it: the ZIP, the community area's name, the street address as understood. */
  label: string;
  /** The community area or ZIP the place is, when it is one: what an area directory covers. */
  area?: string;
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
}

/** "@41.853,-87.705" from the device, or coordinates typed or shared. */
const COORDINATES = /^@?\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
const ZIP = /^\d{5}$/;

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
 * Understands a place the way people type it: "60608", "Pilsen", "Albany Park", "26th and Kedzie",
 * "2600 S Kedzie", or a rounded position from "Use my location".
 */
export function resolvePlace(text: string, geography: Geography): PlaceLookup {
  const trimmed = text.trim().slice(0, 200);
  const coordinates = COORDINATES.exec(trimmed);
  if (coordinates) {
    const point = { latitude: Number(coordinates[1]), longitude: Number(coordinates[2]) };
    if (!isInChicago(geography, point)) return { ok: false, problem: 'outside-chicago' };
    return { ok: true, place: { ...point, kind: trimmed.startsWith('@') ? 'device' : 'point', label: trimmed } };
  }
  if (ZIP.test(trimmed)) {
    const zip = geography.zips.features.find((feature) => feature.properties.zip === trimmed);
    const centre = zip && centreOf(zip.geometry.coordinates);
    return centre ? { ok: true, place: { ...centre, kind: 'zip', label: trimmed, area: trimmed } } : { ok: false, problem: 'outside-chicago', detail: trimmed };
  }
  const folded = fold(trimmed);
  const area =
    geography.areas.features.find((feature) => fold(feature.properties.name) === folded)?.properties.name ??
    NEIGHBORHOOD_AREAS.find(([name]) => name === folded)?.[1][0];
  if (area) {
    const place = communityAreaCentre(geography, area);
    if (place) return { ok: true, place: { ...place, label: fold(area) === folded ? area : `${titleCase(folded)} (${area})` } };
  }
  const street = geography.streets?.locate(trimmed);
  if (street) return street.ok && !isInChicago(geography, street.place) ? { ok: false, problem: 'outside-chicago' } : street;
  return { ok: false, problem: 'not-found', detail: trimmed };
}
