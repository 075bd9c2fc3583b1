import {
  indexStreets,
  invertKnots,
  locateWithIndex,
  type Direction,
  type GridFit,
  type Knots,
  type StreetEntry,
  type StreetSegment,
} from '../src/geo/streetGrid';

/** A geocoded address from a City dataset: the house number, its direction and street key, and where the City put it. */
export interface CalibrationPoint {
  number: number;
  direction: Direction;
  street: string;
  latitude: number;
  longitude: number;
}

export interface FitOptions {
  /** Knot spacing in house numbers for the piecewise-linear grid fit; 0 fits one straight line (affine) per axis. */
  knotSpacing: number;
  /** Weight of the second-difference penalty that keeps the fit smooth across knots with few points. */
  smoothing: number;
}

export interface GridModel {
  grid: GridFit;
  streets: StreetEntry[];
}

export const DEFAULT_FIT: FitOptions = { knotSpacing: 0, smoothing: 1 };

/** Street positions are refined against the grid fit, and the fit against them, this many times. */
const ALTERNATIONS = 4;

function isNorthSouth(direction: Direction): boolean {
  return direction === 'N' || direction === 'S';
}

function signed(point: CalibrationPoint): number {
  return point.direction === 'S' || point.direction === 'W' ? -point.number : point.number;
}

// ---------------------------------------------------------------------------------------------------------------
// Small numerics

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

const EARTH_RADIUS_METRES = 6_371_008.8;

export function haversineMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const radians = Math.PI / 180;
  const dLat = (lat2 - lat1) * radians;
  const dLng = (lng2 - lng1) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Solves the square system in place by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const size = rhs.length;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(matrix[row]?.[column] ?? 0) > Math.abs(matrix[pivot]?.[column] ?? 0)) pivot = row;
    }
    [matrix[column], matrix[pivot]] = [matrix[pivot] ?? [], matrix[column] ?? []];
    [rhs[column], rhs[pivot]] = [rhs[pivot] ?? 0, rhs[column] ?? 0];
    const pivotRow = matrix[column] ?? [];
    const pivotValue = pivotRow[column] ?? 0;
    if (Math.abs(pivotValue) < 1e-15) continue;
    for (let row = column + 1; row < size; row += 1) {
      const current = matrix[row] ?? [];
      const factor = (current[column] ?? 0) / pivotValue;
      if (factor === 0) continue;
      for (let k = column; k < size; k += 1) current[k] = (current[k] ?? 0) - factor * (pivotRow[k] ?? 0);
      rhs[row] = (rhs[row] ?? 0) - factor * (rhs[column] ?? 0);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const current = matrix[row] ?? [];
    let sum = rhs[row] ?? 0;
    for (let k = row + 1; k < size; k += 1) sum -= (current[k] ?? 0) * (solution[k] ?? 0);
    const diagonal = current[row] ?? 0;
    solution[row] = Math.abs(diagonal) < 1e-15 ? 0 : sum / diagonal;
  }
  return solution;
}

// ---------------------------------------------------------------------------------------------------------------
// One axis of the grid: value = f(along) + cross * across, f piecewise linear

interface AxisSample {
  along: number;
  across: number | undefined;
  value: number;
}

function knotLayout(samples: readonly AxisSample[], spacing: number): { start: number; step: number; count: number } {
  const alongs = samples.map((sample) => sample.along);
  const low = Math.min(...alongs);
  const high = Math.max(...alongs);
  if (spacing <= 0 || high - low <= spacing) return { start: low, step: Math.max(high - low, 1), count: 2 };
  const start = Math.floor(low / spacing) * spacing;
  const count = Math.ceil((high - start) / spacing) + 1;
  return { start, step: spacing, count };
}

/** Scales the cross term so its coefficient is of the same order as the knot values (numbers run to thousands). */
const CROSS_SCALE = 1000;

function fitAxis(samples: readonly AxisSample[], options: FitOptions): { knots: Knots; cross: number } {
  const { start, step, count } = knotLayout(samples, options.knotSpacing);
  const useCross = samples.every((sample) => sample.across !== undefined);
  const size = count + (useCross ? 1 : 0);
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rhs = new Array<number>(size).fill(0);
  const offset = median(samples.map((sample) => sample.value));
  const add = (row: number, column: number, amount: number) => {
    const target = matrix[row];
    if (target) target[column] = (target[column] ?? 0) + amount;
  };
  for (const sample of samples) {
    const position = Math.min(Math.max((sample.along - start) / step, 0), count - 1);
    const index = Math.min(Math.floor(position), count - 2);
    const fraction = (sample.along - start) / step - index;
    const terms: [number, number][] = [
      [index, 1 - fraction],
      [index + 1, fraction],
    ];
    if (useCross) terms.push([count, (sample.across ?? 0) / CROSS_SCALE]);
    for (const [row, weightRow] of terms) {
      rhs[row] = (rhs[row] ?? 0) + weightRow * (sample.value - offset);
      for (const [column, weightColumn] of terms) add(row, column, weightRow * weightColumn);
    }
  }
  // Penalise bends, not slopes: with no points between two knots the fit carries straight on.
  const penalty = (options.smoothing * samples.length) / count;
  for (let index = 1; index < count - 1; index += 1) {
    const terms: [number, number][] = [
      [index - 1, 1],
      [index, -2],
      [index + 1, 1],
    ];
    for (const [row, weightRow] of terms) for (const [column, weightColumn] of terms) add(row, column, penalty * weightRow * weightColumn);
  }
  const solution = solve(matrix, rhs);
  const values = solution.slice(0, count).map((value) => value + offset);
  return { knots: { s: start, d: step, v: values }, cross: useCross ? (solution[count] ?? 0) / CROSS_SCALE : 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Streets

interface StreetSample {
  along: number;
  across: number;
}

interface SideFit {
  position: number;
  slope: number;
}

/** A diagonal street needs points over this many numbers before its slope can be trusted. */
const DIAGONAL_MIN_SPAN = 600;
/** …and its line must move at least this far across (house numbers, about 2 m each) over the points. */
const DIAGONAL_MIN_DRIFT = 60;
/** …and fit the points at least this much better than a straight line at one position. */
const DIAGONAL_IMPROVEMENT = 0.5;

function meanAbsolute(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + Math.abs(value), 0) / Math.max(values.length, 1);
}

function leastSquaresSlope(samples: readonly StreetSample[]): number {
  const meanAlong = samples.reduce((sum, sample) => sum + sample.along, 0) / samples.length;
  const meanAcross = samples.reduce((sum, sample) => sum + sample.across, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.along - meanAlong) * (sample.across - meanAcross);
    variance += (sample.along - meanAlong) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/** Theil-Sen: the median of pairwise slopes, which a single misplaced point cannot drag. */
function theilSen(samples: readonly StreetSample[]): SideFit {
  const slopes: number[] = [];
  for (let i = 0; i < samples.length; i += 1) {
    for (let j = i + 1; j < samples.length; j += 1) {
      const a = samples[i];
      const b = samples[j];
      if (a && b && a.along !== b.along) slopes.push((b.across - a.across) / (b.along - a.along));
    }
  }
  const slope = slopes.length ? median(slopes) : 0;
  return { slope, position: median(samples.map((sample) => sample.across - slope * sample.along)) };
}

export function fitSide(samples: readonly StreetSample[]): SideFit {
  const straight = { position: median(samples.map((sample) => sample.across)), slope: 0 };
  const alongs = samples.map((sample) => sample.along);
  const span = Math.max(...alongs) - Math.min(...alongs);
  if (samples.length < 3 || span < DIAGONAL_MIN_SPAN) return straight;
  // Least squares is cheap and tells straight streets apart; the robust (quadratic) fit runs only on likely diagonals.
  if (Math.abs(leastSquaresSlope(samples)) * span < DIAGONAL_MIN_DRIFT / 2) return straight;
  const diagonal = theilSen(samples);
  const residual = (fit: SideFit) => meanAbsolute(samples.map((sample) => sample.across - fit.position - fit.slope * sample.along));
  const drifts = Math.abs(diagonal.slope) * span >= DIAGONAL_MIN_DRIFT;
  return drifts && residual(diagonal) < DIAGONAL_IMPROVEMENT * residual(straight) ? diagonal : straight;
}

/** Straight lines on the two sides of zero closer than this (house numbers) are one street line. */
const SAME_LINE = 40;

type Sides = StreetSegment[0];

function segment(sides: Sides, fit: SideFit): StreetSegment {
  const position = Math.round(fit.position);
  const slope = Math.round(fit.slope * 10_000) / 10_000;
  return slope === 0 ? [sides, position] : [sides, position, slope];
}

function sideFits(samples: readonly StreetSample[], northSouth: boolean): [Sides, StreetSample[]][] {
  const groups: [Sides, StreetSample[]][] = [
    [northSouth ? 'N' : 'E', samples.filter((sample) => sample.along >= 0)],
    [northSouth ? 'S' : 'W', samples.filter((sample) => sample.along < 0)],
  ];
  return groups.filter(([, group]) => group.length > 0);
}

export function fitStreet(name: string, samples: readonly StreetSample[], northSouth: boolean): StreetEntry | undefined {
  const sides = sideFits(samples, northSouth);
  const fits = sides.map(([side, group]): [Sides, SideFit] => [side, fitSide(group)]);
  const [first, second] = fits;
  if (!first) return undefined;
  if (!second) return [name, segment(first[0], first[1])];
  const bothStraight = first[1].slope === 0 && second[1].slope === 0;
  if (bothStraight && Math.abs(first[1].position - second[1].position) <= SAME_LINE) {
    const pooled = median(samples.map((sample) => sample.across));
    return [name, segment(northSouth ? 'NS' : 'EW', { position: pooled, slope: 0 })];
  }
  return [name, segment(first[0], first[1]), segment(second[0], second[1])];
}

// ---------------------------------------------------------------------------------------------------------------
// The whole model

/** Each street's points, keeping only those whose numbers run along the street's majority axis. */
export function groupByStreet(points: readonly CalibrationPoint[]): Map<string, CalibrationPoint[]> {
  const groups = new Map<string, CalibrationPoint[]>();
  for (const point of points) groups.set(point.street, [...(groups.get(point.street) ?? []), point]);
  for (const [street, group] of groups) {
    const northSouth = group.filter((point) => isNorthSouth(point.direction)).length;
    const keepNorthSouth = northSouth * 2 >= group.length;
    groups.set(street, group.filter((point) => isNorthSouth(point.direction) === keepNorthSouth));
  }
  return groups;
}

type AcrossOf = (point: CalibrationPoint) => number | undefined;

function fitStreets(groups: Map<string, CalibrationPoint[]>, grid: GridFit): StreetEntry[] {
  const streets: StreetEntry[] = [];
  for (const [name, group] of groups) {
    const northSouth = isNorthSouth(group[0]?.direction ?? 'N');
    const samples = group.map((point) => ({ along: signed(point), across: acrossFromGrid(grid, point) }));
    const entry = fitStreet(name, samples, northSouth);
    if (entry) streets.push(entry);
  }
  return streets;
}

/** The position across its street that the grid fit gives a point (x for a north-south street, y for an east-west one). */
function acrossFromGrid(grid: GridFit, point: CalibrationPoint): number {
  const along = signed(point);
  return isNorthSouth(point.direction)
    ? invertKnots(grid.lng, point.longitude - grid.ly * along)
    : invertKnots(grid.lat, point.latitude - grid.lx * along);
}

function streetAcross(streets: readonly StreetEntry[]): AcrossOf {
  const index = indexStreets({ st: [...streets] });
  return (point) => {
    const along = signed(point);
    const lines = index.get(point.street) ?? [];
    const line = lines.find((candidate) => candidate.sides.includes(point.direction)) ?? lines[0];
    return line ? line.position + line.slope * along : undefined;
  };
}

function fitGrid(points: readonly CalibrationPoint[], across: AcrossOf | undefined, options: FitOptions): GridFit {
  const latitudeSamples = points
    .filter((point) => isNorthSouth(point.direction))
    .map((point) => ({ along: signed(point), across: across?.(point), value: point.latitude }));
  const longitudeSamples = points
    .filter((point) => !isNorthSouth(point.direction))
    .map((point) => ({ along: signed(point), across: across?.(point), value: point.longitude }));
  const lat = fitAxis(latitudeSamples, options);
  const lng = fitAxis(longitudeSamples, options);
  return { lat: lat.knots, lx: lat.cross, lng: lng.knots, ly: lng.cross };
}

/** Fits the grid -> latitude/longitude map and every street's line, alternating between the two. */
export function fitModel(points: readonly CalibrationPoint[], options: FitOptions = DEFAULT_FIT): GridModel {
  const groups = groupByStreet(points);
  const used = [...groups.values()].flat();
  let grid = fitGrid(used, undefined, options);
  let streets = fitStreets(groups, grid);
  for (let round = 1; round < ALTERNATIONS; round += 1) {
    grid = fitGrid(used, streetAcross(streets), options);
    streets = fitStreets(groups, grid);
  }
  return { grid: roundGrid(grid), streets };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function roundGrid(grid: GridFit): GridFit {
  const roundKnots = (knots: Knots): Knots => ({ s: knots.s, d: knots.d, v: knots.v.map((value) => roundTo(value, 6)) });
  return { lat: roundKnots(grid.lat), lx: roundTo(grid.lx, 11), lng: roundKnots(grid.lng), ly: roundTo(grid.ly, 11) };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking it

export function predict(model: GridModel, point: CalibrationPoint): { latitude: number; longitude: number } | undefined {
  const located = locateWithIndex(
    { kind: 'address', number: point.number, direction: point.direction, street: point.street },
    model.grid,
    indexStreets({ st: model.streets }),
  );
  return located.ok ? located : undefined;
}

export function errorMetres(model: GridModel, point: CalibrationPoint): number | undefined {
  const predicted = predict(model, point);
  return predicted && haversineMetres(predicted.latitude, predicted.longitude, point.latitude, point.longitude);
}

export interface Accuracy {
  median: number;
  p90: number;
  tested: number;
  /** Points whose street had no other point (and no grid rule), so nothing was left to place them. */
  untestable: number;
}

export function summarise(errors: readonly number[], untestable: number): Accuracy {
  return { median: quantile(errors, 0.5), p90: quantile(errors, 0.9), tested: errors.length, untestable };
}

/** Refits everything without each point in turn, then measures how far its own address lands from where the City put it. */
export function leaveOneOut(points: readonly CalibrationPoint[], options: FitOptions = DEFAULT_FIT): Accuracy {
  const errors: number[] = [];
  let untestable = 0;
  points.forEach((point, index) => {
    const others = points.filter((_, other) => other !== index);
    const error = errorMetres(fitModel(others, options), point);
    if (error === undefined) untestable += 1;
    else errors.push(error);
  });
  return summarise(errors, untestable);
}

/**
 * Points the full model misses by more than this are misgeocoded or mistyped in the source (a wrong street, a wrong
 * direction); they are left out of the calibration, not fitted.
 */
export const OUTLIER_METRES = 800;

export function withoutOutliers(points: readonly CalibrationPoint[], options: FitOptions = DEFAULT_FIT): {
  kept: CalibrationPoint[];
  dropped: CalibrationPoint[];
} {
  const model = fitModel(points, options);
  const kept: CalibrationPoint[] = [];
  const dropped: CalibrationPoint[] = [];
  for (const point of points) {
    const error = errorMetres(model, point);
    (error !== undefined && error > OUTLIER_METRES ? dropped : kept).push(point);
  }
  return { kept, dropped };
}
