import { boxesOverlap, type Box } from './locatorLabels';

/** Street names on the locator map: along each street, near where it enters the drawing, clear of the numbers. */

export interface ProjectedStreet {
  name: string;
  /** [x, y] in drawing units. */
  points: readonly [number, number][];
}

export interface StreetName {
  name: string;
  x: number;
  y: number;
  /** Degrees, so the name reads along the street and never upside down. */
  angle: number;
  box: Box;
}

export interface StreetNameOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Boxes a name must not sit on: the numbered labels, the scale bar. */
  avoid: readonly Box[];
  /** Whether a point of the drawing is on land, so no name sits in the lake. */
  onLand: (x: number, y: number) => boolean;
}

const STEP = 12;
const MARGIN = 4;
const CHARACTER_WIDTH = 0.56;

/** Points every STEP units along the line, with the line's direction there. */
function resample(points: readonly [number, number][]): { x: number; y: number; angle: number }[] {
  const samples: { x: number; y: number; angle: number }[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const [x0 = 0, y0 = 0] = points[index - 1] ?? [];
    const [x1 = 0, y1 = 0] = points[index] ?? [];
    const length = Math.hypot(x1 - x0, y1 - y0);
    const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
    for (let along = 0; along < length; along += STEP) {
      samples.push({ x: x0 + ((x1 - x0) * along) / length, y: y0 + ((y1 - y0) * along) / length, angle });
    }
  }
  return samples;
}

/** Text read left to right, and bottom to top on a street running north-south, as on most maps. */
function readable(angle: number): number {
  if (angle >= 90) return angle - 180;
  if (angle < -90) return angle + 180;
  return angle;
}

function nameBox(x: number, y: number, angle: number, halfLength: number, halfThickness: number): Box {
  const cos = Math.abs(Math.cos((angle * Math.PI) / 180));
  const sin = Math.abs(Math.sin((angle * Math.PI) / 180));
  const halfWidth = cos * halfLength + sin * halfThickness;
  const halfHeight = sin * halfLength + cos * halfThickness;
  return { left: x - halfWidth, top: y - halfHeight, right: x + halfWidth, bottom: y + halfHeight };
}

/** One name per street, at the first free place nearest an edge of the drawing; a street with no free place goes unnamed. */
export function placeStreetNames(streets: readonly ProjectedStreet[], options: StreetNameOptions): StreetName[] {
  const { width, height, fontSize, avoid, onLand } = options;
  const placed: StreetName[] = [];
  const named = new Set<string>();
  for (const street of streets) {
    if (named.has(street.name)) continue;
    const halfLength = (street.name.length * CHARACTER_WIDTH * fontSize) / 2 + 3;
    const halfThickness = fontSize * 0.6;
    const inside = resample(street.points).filter(({ x, y }) => x > MARGIN && x < width - MARGIN && y > MARGIN && y < height - MARGIN);
    // Nearest the two ends first: a name by the edge tells the reader which street leaves the map there.
    const order = inside.map((_, index) => index).sort((a, b) => Math.min(a, inside.length - 1 - a) - Math.min(b, inside.length - 1 - b) || a - b);
    for (const index of order) {
      const sample = inside[index];
      if (!sample) continue;
      const angle = readable(sample.angle);
      const box = nameBox(sample.x, sample.y, angle, halfLength, halfThickness);
      if (box.left < MARGIN || box.top < MARGIN || box.right > width - MARGIN || box.bottom > height - MARGIN) continue;
      if (avoid.some((other) => boxesOverlap(box, other, 2)) || placed.some((other) => boxesOverlap(box, other.box, 2))) continue;
      const dx = Math.cos((angle * Math.PI) / 180) * halfLength;
      const dy = Math.sin((angle * Math.PI) / 180) * halfLength;
      if (!onLand(sample.x, sample.y) || !onLand(sample.x - dx, sample.y - dy) || !onLand(sample.x + dx, sample.y + dy)) continue;
      placed.push({ name: street.name, x: sample.x, y: sample.y, angle, box });
      named.add(street.name);
      break;
    }
  }
  return placed;
}
