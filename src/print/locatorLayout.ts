import { lakePolygon } from '../geo/lakefront';
import type { Boundaries } from '../geo/loadGeography';
import { mainStreetLines } from '../geo/mainStreets';
import type { StreetTable } from '../geo/geoSchemas';
import type { Unit } from '../filters/searchState';
import { formatDistance } from '../i18n/formatDistance';
import { boxesOverlap, labelBox, placeLabels, type Box, type PlacedLabel } from './locatorLabels';
import { projectionFor, scaleBarMetres, type Projection } from './locatorProjection';
import { placeStreetNames, type StreetName } from './streetNames';

/** Everything the locator map draws, worked out from the data: LocatorMap.tsx only turns it into SVG. */

export interface NumberedPoint {
  number: number;
  latitude: number;
  longitude: number;
}

type Ring = [number, number][];

export const MAP_WIDTH = 1000;
export const LABEL_RADIUS = 20;
export const STREET_FONT = 15;
export const LAKE_FONT = 20;

export interface ScaleBar {
  x: number;
  y: number;
  length: number;
  text: string;
  box: Box;
}

export interface LocatorLayout {
  width: number;
  height: number;
  areaPaths: { key: number; d: string }[];
  landPath: string;
  targetPath: string;
  lakePath: string;
  lakeLabel: { x: number; y: number } | null;
  streetPaths: { key: string; d: string }[];
  streetNames: StreetName[];
  labels: PlacedLabel[];
  scaleBar: ScaleBar;
  northArrow: Box;
}

function pathOf(rings: readonly Ring[], projection: Projection): string {
  return rings
    .map((ring) => `M${ring.map(([longitude, latitude]) => `${projection.x(longitude).toFixed(1)} ${projection.y(latitude).toFixed(1)}`).join('L')}Z`)
    .join('');
}

/** Ray casting: whether the drawing point lies inside the ring (in drawing units). */
function insideRing(ring: readonly [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
    const [xi = 0, yi = 0] = ring[index] ?? [];
    const [xj = 0, yj = 0] = ring[previous] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function scaleBarFor(projection: Projection, unit: Unit): ScaleBar {
  const metres = scaleBarMetres(projection, unit);
  const length = metres / projection.metresPerUnit;
  const [x, y] = [24, projection.height - 24];
  return { x, y, length, text: formatDistance(metres, unit), box: { left: x - 12, top: y - 44, right: x + length + 12, bottom: y + 16 } };
}

const LAKE_TEXT_HALF_WIDTH = 70;

/** A place for "Lake Michigan" wholly on the water and clear of everything drawn, right of middle if it can. */
function lakeLabelFor(lake: readonly [number, number][], projection: Projection, avoid: readonly Box[]): { x: number; y: number } | null {
  const { width, height } = projection;
  const spots: { x: number; y: number }[] = [];
  for (let y = 40; y < height - 40; y += 20) {
    for (let x = width - 40 - LAKE_TEXT_HALF_WIDTH; x > LAKE_TEXT_HALF_WIDTH + 20; x -= 20) spots.push({ x, y });
  }
  spots.sort((a, b) => Math.abs(a.y - height / 2) - Math.abs(b.y - height / 2) || b.x - a.x);
  return (
    spots.find(({ x, y }) => {
      const box = { left: x - LAKE_TEXT_HALF_WIDTH, right: x + LAKE_TEXT_HALF_WIDTH, top: y - LAKE_FONT, bottom: y + LAKE_FONT / 2 };
      const corners: [number, number][] = [[box.left - 10, box.top], [box.right, box.top], [box.left - 10, box.bottom], [box.right, box.bottom]];
      return corners.every(([cx, cy]) => insideRing(lake, cx, cy)) && !avoid.some((other) => boxesOverlap(box, other));
    }) ?? null
  );
}

/** Whether any piece of the line comes into the drawing (by the pieces' bounding boxes: the clip does the rest). */
function reachesDrawing(line: readonly [number, number][], width: number, height: number): boolean {
  return line.some(([x, y], index) => {
    const [px, py] = line[index - 1] ?? [x, y];
    return Math.max(x, px) >= 0 && Math.min(x, px) <= width && Math.max(y, py) >= 0 && Math.min(y, py) <= height;
  });
}

export interface LayoutInput {
  boundaries: Boundaries;
  area: string;
  points: readonly NumberedPoint[];
  streets: StreetTable | null;
  unit: Unit;
}

export function locatorLayout({ boundaries, area, points, streets, unit }: LayoutInput): LocatorLayout | null {
  const wanted = area.trim().toLowerCase();
  const target: Ring[] = [
    ...boundaries.areas.features.filter(({ properties }) => properties.name.toLowerCase() === wanted),
    ...boundaries.zips.features.filter(({ properties }) => properties.zip === wanted),
  ].flatMap(({ geometry }) => geometry.coordinates.flat());
  const located = [...target.flat(), ...points.map(({ latitude, longitude }): [number, number] => [longitude, latitude])];
  if (located.length === 0) return null;
  const projection = projectionFor(located, MAP_WIDTH);
  const { width, height } = projection;

  const scaleBar = scaleBarFor(projection, unit);
  const northArrow = { left: width - 56, top: 12, right: width - 16, bottom: 84 };
  const labels = placeLabels(
    points.map(({ number, latitude, longitude }) => ({ number, x: projection.x(longitude), y: projection.y(latitude) })),
    { radius: LABEL_RADIUS, width, height, keepClear: [scaleBar.box, northArrow] },
  );
  const labelBoxes = labels.map(labelBox);
  const lake = lakePolygon(boundaries.areas).map(([latitude, longitude]): [number, number] => [projection.x(longitude), projection.y(latitude)]);
  const lakeLabel = lakeLabelFor(lake, projection, [...labelBoxes, scaleBar.box, northArrow]);
  const lakeBox = lakeLabel ? [{ left: lakeLabel.x - LAKE_TEXT_HALF_WIDTH, right: lakeLabel.x + LAKE_TEXT_HALF_WIDTH, top: lakeLabel.y - LAKE_FONT, bottom: lakeLabel.y + LAKE_FONT / 2 }] : [];

  const landRings = boundaries.areas.features.flatMap(({ geometry }) =>
    geometry.coordinates.flat().map((ring) => ring.map(([longitude, latitude]): [number, number] => [projection.x(longitude), projection.y(latitude)])),
  );
  const lines = streets ? mainStreetLines(streets, projection.extent) : [];
  const projected = lines
    .map(({ name, points: line }) => ({
      name,
      points: line.map(([longitude, latitude]): [number, number] => [projection.x(longitude), projection.y(latitude)]),
    }))
    .filter(({ points: line }) => reachesDrawing(line, width, height));
  const streetNames = placeStreetNames(projected, {
    width,
    height,
    fontSize: STREET_FONT,
    avoid: [...labelBoxes, scaleBar.box, northArrow, ...lakeBox],
    onLand: (x, y) => landRings.some((ring) => insideRing(ring, x, y)),
  });

  return {
    width,
    height,
    areaPaths: boundaries.areas.features.map(({ properties, geometry }) => ({ key: properties.number, d: pathOf(geometry.coordinates.flat(), projection) })),
    landPath: boundaries.areas.features.map(({ geometry }) => pathOf(geometry.coordinates.flat(), projection)).join(''),
    targetPath: pathOf(target, projection),
    lakePath: lake.length > 0 ? `M${lake.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z` : '',
    lakeLabel,
    streetPaths: projected.map(({ name, points: line }, index) => ({
      key: `${name}-${index}`,
      d: `M${line.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}`,
    })),
    streetNames,
    labels,
    scaleBar,
    northArrow,
  };
}
