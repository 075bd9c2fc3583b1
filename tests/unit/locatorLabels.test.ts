import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, numberItems, placeLabels, type PlacedLabel, type ProjectedPoint } from '../../src/print/locatorLabels';

const OPTIONS = { radius: 20, width: 1000, height: 700 };

/** 30 services within a few drawing units of each other, spread deterministically. */
function cluster(count: number, centre: { x: number; y: number }, spread: number): ProjectedPoint[] {
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    x: centre.x + spread * Math.cos(index * 2.4) * ((index % 5) / 5 + 0.5),
    y: centre.y + spread * Math.sin(index * 2.4) * ((index % 3) / 3 + 0.5),
  }));
}

function expectNoOverlaps(labels: readonly PlacedLabel[]): void {
  const boxes = labels.map(labelBox);
  boxes.forEach((box, index) => {
    for (const other of boxes.slice(index + 1)) expect(boxesOverlap(box, other)).toBe(false);
  });
}

function expectInside(labels: readonly PlacedLabel[], width: number, height: number): void {
  for (const box of labels.map(labelBox)) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.bottom).toBeLessThanOrEqual(height);
  }
}

function shownNumbers(labels: readonly PlacedLabel[]): number[] {
  return labels.flatMap((label) => label.numbers).sort((a, b) => a - b);
}

describe('locator map labels', () => {
  it('keep 30 services in a tight cluster apart, inside the drawing, each number once', () => {
    const points = cluster(30, { x: 500, y: 350 }, 30);
    const labels = placeLabels(points, OPTIONS);
    expectNoOverlaps(labels);
    expectInside(labels, OPTIONS.width, OPTIONS.height);
    expect(shownNumbers(labels)).toEqual(points.map(({ number }) => number));
  });

  it('stay inside the drawing for a cluster in its corner, clear of the boxes they must avoid', () => {
    const points = cluster(30, { x: 5, y: 695 }, 25);
    const scaleBar = { left: 0, top: 600, right: 220, bottom: 700 };
    const labels = placeLabels(points, { ...OPTIONS, keepClear: [scaleBar] });
    expectNoOverlaps(labels);
    expectInside(labels, OPTIONS.width, OPTIONS.height);
    for (const box of labels.map(labelBox)) expect(boxesOverlap(box, scaleBar)).toBe(false);
    expect(shownNumbers(labels)).toHaveLength(30);
  });

  it('give the same layout for the same points, in any order', () => {
    const points = cluster(30, { x: 400, y: 300 }, 40);
    expect(placeLabels([...points].reverse(), OPTIONS)).toEqual(placeLabels(points, OPTIONS));
  });

  it('leave a lone service on its point, with no leader', () => {
    const [label] = placeLabels([{ number: 7, x: 300, y: 200 }], OPTIONS);
    expect(label).toMatchObject({ numbers: [7], lines: ['7'], shape: 'circle', x: 300, y: 200, uncovered: [] });
  });

  it('move a crowded label off its point and tie it back with a leader to the true point', () => {
    const labels = placeLabels(
      [
        { number: 1, x: 300, y: 200 },
        { number: 2, x: 325, y: 200 },
      ],
      OPTIONS,
    );
    expectNoOverlaps(labels);
    const moved = labels.filter((label) => label.uncovered.length > 0);
    expect(moved.length).toBeGreaterThan(0);
    for (const label of moved) {
      for (const point of label.uncovered) expect(Math.hypot(point.x - label.x, point.y - label.y)).toBeGreaterThan(label.halfWidth);
    }
  });

  it('share one wider label among services at the same address', () => {
    const labels = placeLabels(
      [3, 4, 5, 9, 12].map((number) => ({ number, x: 500, y: 300 })),
      OPTIONS,
    );
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ numbers: [3, 4, 5, 9, 12], shape: 'box', lines: ['3–5, 9, 12'] });
    expect(labels[0]?.halfWidth).toBeGreaterThan(OPTIONS.radius);
  });

  it('write runs of three or more as a range', () => {
    expect(numberItems([12, 3, 4, 5, 9, 10])).toEqual(['3–5', '9', '10', '12']);
  });
});
