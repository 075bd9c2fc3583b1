/**
 * The numbered labels of the printed locator map, placed so that no two overlap and none leaves the drawing.
 * Greedy, in number order: each label takes its own point if that is free, else the first free place on rings
 * around it, and is then tied to its point by a leader line. Same input, same layout.
 */

export interface ProjectedPoint {
  x: number;
  y: number;
  number: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  /** Half the height of a label; a single number is a circle of this radius. */
  radius: number;
  width: number;
  height: number;
  /** Places the labels must keep clear of, such as the scale bar. */
  keepClear?: readonly Box[];
}

export interface PlacedLabel {
  /** Every number the label shows, ascending. */
  numbers: number[];
  /** The text, one entry per line: "7" or "3–5, 9," and "12". */
  lines: string[];
  shape: 'circle' | 'box';
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  fontSize: number;
  /** The services' true points. */
  anchors: { x: number; y: number }[];
  /** The anchors the label does not cover: each gets a dot and the leader runs to their centre. */
  uncovered: { x: number; y: number }[];
}

/** Points closer than this, in label radii, are one address as far as the reader can tell: they share a label. */
const SHARED_POINT = 0.75;
const ITEMS_PER_LINE = 4;
/** A bold digit is a little over half an em wide. */
const CHARACTER_WIDTH = 0.6;
const GAP = 2;
const MARGIN = 3;

interface Group {
  seed: { x: number; y: number };
  points: ProjectedPoint[];
}

function groupPoints(points: readonly ProjectedPoint[], radius: number): Group[] {
  const groups: Group[] = [];
  for (const point of [...points].sort((a, b) => a.number - b.number)) {
    const near = groups.find(({ seed }) => Math.hypot(seed.x - point.x, seed.y - point.y) <= radius * SHARED_POINT);
    if (near) near.points.push(point);
    else groups.push({ seed: { x: point.x, y: point.y }, points: [point] });
  }
  return groups;
}

/** [3, 4, 5, 9, 12] -> ["3–5", "9", "12"]: runs of three or more are written as a range. */
export function numberItems(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const items: string[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const first = sorted[start] ?? 0;
    const last = sorted[end] ?? 0;
    if (end - start >= 2) items.push(`${first}–${last}`);
    else items.push(...sorted.slice(start, end + 1).map(String));
    start = end + 1;
  }
  return items;
}

function labelLines(items: readonly string[]): string[] {
  // Lines of even length: "10, 12, 13," and "17, 23" rather than four and one.
  const perLine = Math.ceil(items.length / Math.ceil(items.length / ITEMS_PER_LINE));
  const lines: string[] = [];
  for (let index = 0; index < items.length; index += perLine) {
    const line = items.slice(index, index + perLine).join(', ');
    lines.push(index + perLine < items.length ? `${line},` : line);
  }
  return lines;
}

type Shape = Pick<PlacedLabel, 'numbers' | 'lines' | 'shape' | 'halfWidth' | 'halfHeight' | 'fontSize'>;

function labelShape(numbers: number[], radius: number): Shape {
  if (numbers.length === 1) {
    const fontSize = (numbers[0] ?? 0) > 99 ? radius * 0.8 : radius * 1.1;
    return { numbers, lines: numbers.map(String), shape: 'circle', halfWidth: radius, halfHeight: radius, fontSize };
  }
  const fontSize = radius * 0.9;
  const lines = labelLines(numberItems(numbers));
  const longest = Math.max(...lines.map((line) => line.length));
  const halfWidth = Math.max(radius, (longest * CHARACTER_WIDTH * fontSize) / 2 + radius * 0.45);
  const halfHeight = Math.max(radius, (lines.length * fontSize * 1.15) / 2 + radius * 0.3);
  return { numbers, lines, shape: 'box', halfWidth, halfHeight, fontSize };
}

export function labelBox({ x, y, halfWidth, halfHeight }: Pick<PlacedLabel, 'x' | 'y' | 'halfWidth' | 'halfHeight'>): Box {
  return { left: x - halfWidth, top: y - halfHeight, right: x + halfWidth, bottom: y + halfHeight };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function covers(shape: Pick<PlacedLabel, 'shape' | 'x' | 'y' | 'halfWidth' | 'halfHeight'>, point: { x: number; y: number }, pad = 0): boolean {
  if (shape.shape === 'circle') return Math.hypot(point.x - shape.x, point.y - shape.y) <= shape.halfWidth + pad;
  return Math.abs(point.x - shape.x) <= shape.halfWidth + pad && Math.abs(point.y - shape.y) <= shape.halfHeight + pad;
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
function segmentCrosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  let low = 0;
  let high = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) low = Math.max(low, q / p);
    else high = Math.min(high, q / p);
    if (low > high) return false;
  }
  return true;
}

function centreOf(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  const x = points.reduce((sum, point) => sum + point.x, 0) / Math.max(points.length, 1);
  const y = points.reduce((sum, point) => sum + point.y, 0) / Math.max(points.length, 1);
  return { x, y };
}

/** Where a label may go: its own point first, then rings of places around it, nearest ring first. */
function* candidates(centre: { x: number; y: number }, radius: number, reach: number): Generator<{ x: number; y: number }[]> {
  yield [centre];
  for (let ring = 1; ; ring += 1) {
    const distance = radius * (0.4 + 1.2 * ring);
    if (distance > reach) return;
    const count = Math.max(8, Math.ceil((2 * Math.PI * distance) / (radius * 0.8)));
    // Starting up and to the right, clockwise on the page.
    yield Array.from({ length: count }, (_, step) => {
      const angle = -Math.PI / 4 + (2 * Math.PI * step) / count;
      return { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) };
    });
  }
}

interface Search {
  shape: Shape;
  centre: { x: number; y: number };
  anchors: { x: number; y: number }[];
  /** Other services' points, which the label must not hide. */
  otherAnchors: { x: number; y: number }[];
  placed: readonly PlacedLabel[];
  options: LabelOptions;
  strict: boolean;
}

function findPlace({ shape, centre, anchors, otherAnchors, placed, options, strict }: Search): { x: number; y: number } | undefined {
  const { radius, width, height, keepClear = [] } = options;
  const dot = radius * 0.3;
  const placedBoxes = placed.map(labelBox);
  for (const ring of candidates(centre, radius, Math.hypot(width, height))) {
    let best: { x: number; y: number; score: number } | undefined;
    for (const spot of ring) {
      const box = labelBox({ ...spot, halfWidth: shape.halfWidth, halfHeight: shape.halfHeight });
      if (box.left < MARGIN || box.top < MARGIN || box.right > width - MARGIN || box.bottom > height - MARGIN) continue;
      if (placedBoxes.some((other) => boxesOverlap(box, other, GAP)) || keepClear.some((other) => boxesOverlap(box, other, GAP))) continue;
      const label = { ...shape, ...spot };
      const hidden = otherAnchors.filter((point) => covers(label, point, dot)).length;
      if (strict && hidden > 0) continue;
      const moved = anchors.some((point) => !covers(label, point));
      const crossings = moved ? placedBoxes.filter((other) => segmentCrosses(centre, spot, other)).length : 0;
      const cut = placed.filter((other) => other.uncovered.length > 0 && segmentCrosses(centreOf(other.uncovered), other, box)).length;
      const score = hidden * 100 + (crossings + cut) * 10;
      if (!best || score < best.score) best = { ...spot, score };
    }
    if (best) return { x: best.x, y: best.y };
  }
  return undefined;
}

/** Each service's number placed once, on a circle of its own or shared with services at the same point. */
export function placeLabels(points: readonly ProjectedPoint[], options: LabelOptions): PlacedLabel[] {
  const groups = groupPoints(points, options.radius);
  const placed: PlacedLabel[] = [];
  groups.forEach((group, index) => {
    const shape = labelShape(
      group.points.map(({ number }) => number),
      options.radius,
    );
    const anchors = group.points.map(({ x, y }) => ({ x, y }));
    const centre = centreOf(anchors);
    const otherAnchors = groups.flatMap((other, at) => (at === index ? [] : other.points.map(({ x, y }) => ({ x, y }))));
    const search = { shape, centre, anchors, otherAnchors, placed, options };
    // Hiding another service's point is allowed only when nothing else fits; overlapping a label never is.
    const spot = findPlace({ ...search, strict: true }) ??
      findPlace({ ...search, strict: false }) ?? {
        x: Math.min(Math.max(centre.x, shape.halfWidth), options.width - shape.halfWidth),
        y: Math.min(Math.max(centre.y, shape.halfHeight), options.height - shape.halfHeight),
      };
    const label = { ...shape, ...spot, anchors, uncovered: [] };
    placed.push({ ...label, uncovered: anchors.filter((point) => !covers(label, point)) });
  });
  return placed;
}
