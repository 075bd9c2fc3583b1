import type { GridFit, Knots, StreetEntry, StreetSegment, StreetTable } from './geoSchemas';
import type { StreetLocator } from './place';

/**
 * Chicago's street grid, worked out in the browser. Grid coordinates are house numbers: x counts east (+) and west (-)
 * of State St, y counts north (+) and south (-) of Madison St. The table (data/geo/streets.json, made by
 * scripts/build-geocoder.ts) holds the calibrated grid -> latitude/longitude fit and each street's line in grid units.
 */

export type Direction = 'N' | 'S' | 'E' | 'W';

export type { GridFit, Knots, StreetEntry, StreetSegment, StreetTable } from './geoSchemas';

export type StreetPlace =
  | { kind: 'address'; number: number; direction?: Direction; street: string }
  | { kind: 'intersection'; first: string; second: string };

export type StreetFailure = 'unknown-street' | 'ambiguous-direction' | 'not-crossing' | 'outside-chicago';

export type StreetLocation =
  | { ok: true; latitude: number; longitude: number; label: string }
  | { ok: false; reason: StreetFailure; street?: string };

export interface GridPoint {
  x: number;
  y: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const DIRECTION_WORDS: Record<string, Direction> = {
  N: 'N', NORTH: 'N', NORTE: 'N', S: 'S', SOUTH: 'S', SUR: 'S', E: 'E', EAST: 'E', ESTE: 'E', W: 'W', WEST: 'W', OESTE: 'W',
};

const STREET_TYPES = new Set([
  'AVE', 'AV', 'AVENUE', 'ST', 'STR', 'STREET', 'BLVD', 'BL', 'BOULEVARD', 'RD', 'ROAD', 'DR', 'DRIVE', 'PKWY', 'PWY',
  'PARKWAY', 'PL', 'PLACE', 'CT', 'COURT', 'LN', 'LANE', 'TER', 'TERRACE', 'HWY', 'HIGHWAY', 'WAY', 'PLZ', 'PLAZA',
  'SQ', 'CIR', 'EXPY', 'JR',
]);

/** "Calle 26", "Avenida Kedzie", "ulica Western": the word only says it is a street. */
const STREET_WORDS_BEFORE = new Set(['CALLE', 'AVENIDA', 'ULICA', 'UL']);

const KING = /^(?:DR )?(?:MARTIN LUTHER KING|M L KING|ML KING|MLK|KING)$/;
const ORDINAL = /^0*(\d{1,3})(?:ST|ND|RD|TH)?$/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // NFD splits Hangul syllables into letters: put them back together.
    .normalize('NFC')
    .toUpperCase()
    .replace(/[.,;:'’"!?()[\]{}#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Street names that begin with a direction word, which must not be read as a direction. */
const NAMES_WITH_DIRECTION = new Set(['SOUTH CHICAGO', 'SOUTH SHORE', 'NORTH SHORE', 'NORTH PARK', 'EAST END', 'WEST END', 'NORTHWEST']);

/**
 * The key a street is filed under: "S. Dr. Martin Luther King Jr. Dr." -> "KING", "W 26th St" -> "26",
 * "St. Louis Ave" -> "SAINT LOUIS". A leading direction is dropped, except in names such as "South Chicago Ave".
 */
export function streetKey(name: string): string | undefined {
  const words = fold(name).split(' ').filter(Boolean);
  while (words.length > 1 && STREET_WORDS_BEFORE.has(words[0] ?? '')) words.shift();
  while (words.length > 1 && STREET_TYPES.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length > 1 && DIRECTION_WORDS[words[0] ?? ''] && !NAMES_WITH_DIRECTION.has(words.join(' '))) words.shift();
  if (words.length === 1 && STREET_TYPES.has(words[0] ?? '')) return undefined;
  if (words[0] === 'ST' || words[0] === 'STE') words[0] = 'SAINT';
  if ((words[0] === 'AVE' || words[0] === 'AV') && words.length === 2) words[0] = 'AVENUE';
  const joined = words.join(' ');
  if (KING.test(joined)) return 'KING';
  if (words.length === 1) {
    const ordinal = ORDINAL.exec(joined);
    if (ordinal) return ordinal[1];
  }
  // A name is two or more letters; digits mean a house number or a unit, not a street.
  if (!/^[A-Z][A-Z -]*[A-Z]$/.test(joined)) return undefined;
  return joined;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing what people type

/** Longer text is not an address anyone types; refusing it early keeps the regular expressions cheap. */
const MAX_INPUT_LENGTH = 120;

/** "and" in the interface languages too, since each one's example reads "26th <and> Kedzie" in its own words. */
const INTERSECTION_WORDS = new Set(['AND', '&', '@', '/', 'AT', 'Y', 'I', 'X', 'ET', 'І', 'ТА', 'И', '和', 'و', 'اور', '및']);
const TRAILING_NOISE = /(?:\s+(?:CHICAGO|IL|ILLINOIS|USA|US|\d{5}(?:-\d{4})?))+$/;
const UNIT = /\s+(?:\d{1,3}(?:ST|ND|RD|TH)\s+)?(?:SUITE|STE|FLOOR|FL|ROOM|RM|UNIT|APT|BLDG|BUILDING|LOWER LEVEL)\b.*$/;
/** A house number, maybe a range ("3200-3206", "3200 3206 W"), then the street. */
const ADDRESS = /^(\d{1,5})(?:[A-Z]|\s?-\s?\d{1,5}|\s\d{1,5}(?=\s[NSEW]\s))?\s+(.+)$/;

function cleanPlaceText(text: string): string {
  // "26th和Kedzie" and Arabic's joined "وKedzie" have no space around the "and".
  return fold(text.replace(/([&@/和])/g, ' $1 ').replace(/(^|\s)و(?=\S)/g, '$1و ').replace(/#\s*\w+/g, ' '))
    .replace(UNIT, '')
    .replace(TRAILING_NOISE, '');
}

function parseAddress(text: string): StreetPlace | null {
  const match = ADDRESS.exec(text);
  if (!match) return null;
  const [, digits = '', rest = ''] = match;
  const words = rest.split(' ');
  const number = Number.parseInt(digits, 10);
  const direction = DIRECTION_WORDS[words[0] ?? ''];
  // "1600 W North Ave" has a direction; in "1600 North Ave" the word is the street's name.
  const afterDirection = direction && words.length > 1 ? streetKey(words.slice(1).join(' ')) : undefined;
  const whole = streetKey(rest);
  // "3000 South Chicago Ave": the word belongs to the name; "7900 S South Chicago Ave" has both.
  const directionIsName = whole !== undefined && whole !== afterDirection && NAMES_WITH_DIRECTION.has(whole);
  if (directionIsName) return { kind: 'address', number, street: whole };
  if (direction && afterDirection) return { kind: 'address', number, direction, street: afterDirection };
  return whole ? { kind: 'address', number, street: whole } : null;
}

function parseIntersection(text: string): StreetPlace | null {
  const words = text.split(' ');
  const at = words.findIndex((word, index) => index > 0 && index < words.length - 1 && INTERSECTION_WORDS.has(word));
  if (at < 0) return null;
  const first = streetKey(words.slice(0, at).join(' '));
  const second = streetKey(words.slice(at + 1).join(' '));
  if (!first || !second || first === second) return null;
  return { kind: 'intersection', first, second };
}

/** "2600 S Kedzie" -> an address; "26th and Kedzie" -> an intersection; anything else (a ZIP, a neighbourhood, a word) -> null. */
export function parseStreetPlace(text: string): StreetPlace | null {
  if (text.length > MAX_INPUT_LENGTH) return null;
  // "2861 N. Clark, 2nd Floor": the street comes before the first comma, whatever follows it.
  const beforeComma = text.split(',')[0] ?? '';
  return parseCleaned(cleanPlaceText(beforeComma)) ?? parseCleaned(cleanPlaceText(text));
}

function parseCleaned(cleaned: string): StreetPlace | null {
  if (!cleaned) return null;
  return parseIntersection(cleaned) ?? parseAddress(cleaned);
}

// ---------------------------------------------------------------------------------------------------------------
// The grid

export function evaluateKnots({ s, d, v }: Knots, at: number): number {
  const last = v.length - 1;
  const position = Math.min(Math.max((at - s) / d, 0), last);
  const index = Math.min(Math.floor(position), last - 1);
  const left = v[index] ?? 0;
  const right = v[index + 1] ?? left;
  // Beyond the ends the last piece carries on in a straight line.
  return left + (right - left) * ((at - s) / d - index);
}

/** The grid coordinate where the function takes the value; the fits are monotone, so this is unique. */
export function invertKnots({ s, d, v }: Knots, value: number): number {
  const increasing = (v[v.length - 1] ?? 0) >= (v[0] ?? 0);
  let index = 0;
  // Stop at the piece that reaches the value; past the last knot the last piece carries on.
  while (index < v.length - 2 && (increasing ? value > (v[index + 1] ?? 0) : value < (v[index + 1] ?? 0))) index += 1;
  const left = v[index] ?? 0;
  const right = v[index + 1] ?? left;
  return s + d * (index + (right === left ? 0 : (value - left) / (right - left)));
}

export function gridToLatLng(grid: GridFit, { x, y }: GridPoint): { latitude: number; longitude: number } {
  return { latitude: evaluateKnots(grid.lat, y) + grid.lx * x, longitude: evaluateKnots(grid.lng, x) + grid.ly * y };
}

// ---------------------------------------------------------------------------------------------------------------
// Streets

/** Roughly the city limits; a point outside is a misread address, not a place in Chicago. */
export const CHICAGO_BOUNDS = { south: 41.64, north: 42.03, west: -87.95, east: -87.52 } as const;

export function isInChicago(latitude: number, longitude: number): boolean {
  return (
    latitude >= CHICAGO_BOUNDS.south &&
    latitude <= CHICAGO_BOUNDS.north &&
    longitude >= CHICAGO_BOUNDS.west &&
    longitude <= CHICAGO_BOUNDS.east
  );
}

export function isNorthSouthSide(sides: string): boolean {
  return sides.includes('N') || sides.includes('S');
}

function signedNumber(number: number, direction: Direction): number {
  return direction === 'S' || direction === 'W' ? -number : number;
}

interface Line {
  /** Numbers run north-south, so the line sits at x = position + slope * y; else at y = position + slope * x. */
  northSouth: boolean;
  sides: string;
  position: number;
  slope: number;
}

function segmentLine([sides, position, slope = 0]: StreetSegment): Line {
  return { northSouth: isNorthSouthSide(sides), sides, position, slope };
}

export function streetLines(entry: StreetEntry): Line[] {
  const [, ...segments] = entry;
  return segments.map(segmentLine);
}

/**
 * Numbered south-side streets follow the grid rule (47th St at 4700 S). It is used only for a numbered street that the
 * calibration data never saw, because the measured line of a street in the table is better than the rule.
 */
const NUMBERED_STREETS = { first: 8, last: 138 } as const;

function numberedStreetLines(key: string): Line[] | undefined {
  if (!/^\d+$/.test(key)) return undefined;
  const ordinal = Number.parseInt(key, 10);
  if (ordinal < NUMBERED_STREETS.first || ordinal > NUMBERED_STREETS.last) return undefined;
  return [{ northSouth: false, sides: 'EW', position: -100 * ordinal, slope: 0 }];
}

export type StreetIndex = ReadonlyMap<string, readonly Line[]>;

export function indexStreets(table: Pick<StreetTable, 'st'>): StreetIndex {
  return new Map(table.st.map((entry) => [entry[0], streetLines(entry)]));
}

const indexes = new WeakMap<object, StreetIndex>();

function cachedIndex(table: StreetTable): StreetIndex {
  let index = indexes.get(table);
  if (!index) {
    index = indexStreets(table);
    indexes.set(table, index);
  }
  return index;
}

function linesOf(index: StreetIndex, key: string): readonly Line[] | undefined {
  return index.get(key) ?? numberedStreetLines(key);
}

function sidesOf(lines: readonly Line[]): string {
  return lines.map((line) => line.sides).join('');
}

type AddressPoint = { ok: true; point: GridPoint } | { ok: false; reason: 'unknown-street' | 'ambiguous-direction' };

/** The grid point of a house number on a street. */
export function addressGridPoint(lines: readonly Line[], number: number, direction?: Direction): AddressPoint {
  const northSouth = lines[0]?.northSouth ?? false;
  const sides = sidesOf(lines);
  const onAxis: readonly Direction[] = northSouth ? ['N', 'S'] : ['E', 'W'];
  const seen = onAxis.filter((letter) => sides.includes(letter));
  const chosen = direction ?? (seen.length === 1 ? seen[0] : undefined);
  if (!chosen) return { ok: false, reason: 'ambiguous-direction' };
  // "2600 W Kedzie": Kedzie's numbers run north-south, so there is no such address.
  if (!onAxis.includes(chosen)) return { ok: false, reason: 'unknown-street' };
  const line = lines.find((candidate) => candidate.sides.includes(chosen)) ?? lines[0];
  if (!line) return { ok: false, reason: 'unknown-street' };
  const along = signedNumber(number, chosen);
  const across = line.position + line.slope * along;
  return { ok: true, point: northSouth ? { x: across, y: along } : { x: along, y: across } };
}

/** How far past zero a crossing may fall and still count as on a side (streets are fitted, not exact). */
const SIDE_TOLERANCE = 50;

function isOnSide(line: Line, point: GridPoint): boolean {
  const along = line.northSouth ? point.y : point.x;
  const [positive, negative] = line.northSouth ? ['N', 'S'] : ['E', 'W'];
  const allowsPositive = line.sides.includes(positive ?? '');
  const allowsNegative = line.sides.includes(negative ?? '');
  return (allowsPositive && along >= -SIDE_TOLERANCE) || (allowsNegative && along <= SIDE_TOLERANCE);
}

/** Lines as a*x + b*y = c. */
function lineEquation(line: Line): [number, number, number] {
  return line.northSouth ? [1, -line.slope, line.position] : [-line.slope, 1, line.position];
}

/** Below this the two lines are treated as parallel (slopes are in house numbers per house number). */
const PARALLEL_DETERMINANT = 0.05;

/**
 * Where the streets' lines cross. A crossing on the sides of zero where both streets were seen is preferred; the
 * calibration data does not cover every block, so a crossing elsewhere is still taken. Undefined when all are parallel.
 */
export function crossingGridPoint(first: readonly Line[], second: readonly Line[]): GridPoint | undefined {
  let fallback: GridPoint | undefined;
  for (const a of first) {
    for (const b of second) {
      const point = crossLines(a, b);
      if (point && isOnSide(a, point) && isOnSide(b, point)) return point;
      fallback ??= point;
    }
  }
  return fallback;
}

function crossLines(a: Line, b: Line): GridPoint | undefined {
  const [a1, b1, c1] = lineEquation(a);
  const [a2, b2, c2] = lineEquation(b);
  const determinant = a1 * b2 - a2 * b1;
  if (Math.abs(determinant) < PARALLEL_DETERMINANT) return undefined;
  return { x: (c1 * b2 - c2 * b1) / determinant, y: (a1 * c2 - a2 * c1) / determinant };
}

function titleCase(key: string): string {
  if (/^\d+$/.test(key)) return `${key}${ordinalSuffix(Number.parseInt(key, 10))}`;
  return key.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

export function placeLabel(place: StreetPlace, direction?: Direction): string {
  if (place.kind === 'intersection') return `${titleCase(place.first)} & ${titleCase(place.second)}`;
  const chosen = place.direction ?? direction;
  return [String(place.number), chosen, titleCase(place.street)].filter(Boolean).join(' ');
}

function finish(grid: GridFit, point: GridPoint, label: string): StreetLocation {
  const { latitude, longitude } = gridToLatLng(grid, point);
  if (!isInChicago(latitude, longitude)) return { ok: false, reason: 'outside-chicago' };
  return { ok: true, latitude, longitude, label };
}

function directionOf(point: GridPoint, lines: readonly Line[]): Direction {
  if (lines[0]?.northSouth) return point.y < 0 ? 'S' : 'N';
  return point.x < 0 ? 'W' : 'E';
}

export function locateStreetPlace(place: StreetPlace, table: StreetTable): StreetLocation {
  return locateWithIndex(place, table.grid, cachedIndex(table));
}

/** The same as locateStreetPlace with the street index given, so the leave-one-out test can swap lines in and out. */
export function locateWithIndex(place: StreetPlace, grid: GridFit, index: StreetIndex): StreetLocation {
  if (place.kind === 'address') {
    const lines = linesOf(index, place.street);
    if (!lines) return { ok: false, reason: 'unknown-street', street: place.street };
    const located = addressGridPoint(lines, place.number, place.direction);
    if (!located.ok) return { ok: false, reason: located.reason, street: place.street };
    return finish(grid, located.point, placeLabel(place, directionOf(located.point, lines)));
  }
  const first = linesOf(index, place.first);
  if (!first) return { ok: false, reason: 'unknown-street', street: place.first };
  const second = linesOf(index, place.second);
  if (!second) return { ok: false, reason: 'unknown-street', street: place.second };
  const crossing = crossingGridPoint(first, second);
  if (!crossing) return { ok: false, reason: 'not-crossing' };
  return finish(grid, crossing, placeLabel(place));
}

/** The geocoder as the place finder asks for it: null when the text is not an address or a corner. */
export function streetLocatorFor(table: StreetTable): StreetLocator {
  return {
    locate(text) {
      const place = parseStreetPlace(text);
      if (!place) return null;
      const found = locateStreetPlace(place, table);
      return found.ok
        ? { ok: true, place: { latitude: found.latitude, longitude: found.longitude, kind: 'street', label: found.label } }
        : { ok: false, problem: found.reason, detail: found.street };
    },
  };
}
