import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { streetTableSchema } from '../../src/geo/geoSchemas';
import type { Boundaries } from '../../src/geo/loadGeography';
import { loadStreetTable } from '../../src/geo/loadStreetTable';
import { LocatorMap } from '../../src/print/LocatorMap';

vi.mock('../../src/geo/loadStreetTable', () => ({ loadStreetTable: vi.fn() }));

const streets = streetTableSchema.parse(JSON.parse(readFileSync('data/geo/streets.json', 'utf8')));

function square(west: number, south: number, east: number, north: number): [number, number][][][] {
  return [[[[west, south], [east, south], [east, north], [west, north], [west, south]]]];
}

/** Uptown as a box, a neighbour to its west and the ZIP over it: enough to draw, and real streets cross it. */
const boundaries: Boundaries = {
  areas: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Uptown', number: 3 }, geometry: { type: 'MultiPolygon', coordinates: square(-87.67, 41.955, -87.64, 41.98) } },
      { type: 'Feature', properties: { name: 'Lincoln Square', number: 4 }, geometry: { type: 'MultiPolygon', coordinates: square(-87.7, 41.955, -87.67, 41.98) } },
    ],
  },
  zips: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { zip: '60640' }, geometry: { type: 'MultiPolygon', coordinates: square(-87.67, 41.955, -87.64, 41.98) } }],
  },
};

/** Twelve services within a block of each other, two of them at one address. */
const points = Array.from({ length: 12 }, (_, index) => ({
  number: index + 1,
  latitude: 41.968 + (index === 11 ? 0 : 0.0012 * Math.sin(index * 2.4) * ((index % 4) / 4 + 0.25)),
  longitude: -87.658 + (index === 11 ? 0 : 0.0012 * Math.cos(index * 2.4) * ((index % 4) / 4 + 0.25)),
}));

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function labelRects(container: HTMLElement): Rect[] {
  return [...container.querySelectorAll('.locator-label')].map((label) => {
    const shape = label.querySelector('circle, rect');
    const number = (name: string) => Number(shape?.getAttribute(name));
    if (shape?.tagName === 'circle') {
      const [x, y, r] = [number('cx'), number('cy'), number('r')];
      return { left: x - r, top: y - r, right: x + r, bottom: y + r };
    }
    return { left: number('x'), top: number('y'), right: number('x') + number('width'), bottom: number('y') + number('height') };
  });
}

function overlap(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function renderMap(unit?: 'mi' | 'km') {
  return render(<LocatorMap boundaries={boundaries} area="60640" points={points} label="Map of 60640" unit={unit} />);
}

describe('the printed locator map', () => {
  beforeEach(() => {
    vi.mocked(loadStreetTable).mockReset();
    vi.mocked(loadStreetTable).mockResolvedValue(streets);
  });

  it('draws every number once, with no two labels overlapping and none outside the drawing', () => {
    const { container } = renderMap();
    const svg = screen.getByRole('img', { name: 'Map of 60640' });
    const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const rects = labelRects(container);
    rects.forEach((rect, index) => {
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.top).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(width);
      expect(rect.bottom).toBeLessThanOrEqual(height);
      for (const other of rects.slice(index + 1)) expect(overlap(rect, other)).toBe(false);
    });
    const numbers = [...container.querySelectorAll('.locator-label')].flatMap((label) => (label.getAttribute('data-numbers') ?? '').split(' ').map(Number));
    expect(numbers.sort((a, b) => a - b)).toEqual(points.map(({ number }) => number));
    // Labels moved off their points are tied back to them.
    expect(container.querySelectorAll('.locator-leader').length).toBeGreaterThan(0);
  });

  it('has a scale bar of a round length in the unit asked for', () => {
    const { container, unmount } = renderMap();
    expect(container.querySelector('.locator-scale')?.textContent).toContain('0.5 mi');
    unmount();
    const metric = renderMap('km');
    expect(metric.container.querySelector('.locator-scale')?.textContent).toContain('1 km');
  });

  it('adds the main streets, named, once the street table arrives, clear of the numbers', async () => {
    const { container } = renderMap();
    expect(container.querySelectorAll('.locator-streets path')).toHaveLength(0);
    await waitFor(() => expect(container.querySelectorAll('.locator-streets path').length).toBeGreaterThan(0));
    const names = [...container.querySelectorAll('.locator-street-name')].map((name) => name.textContent);
    expect(names).toEqual(expect.arrayContaining(['Lawrence', 'Broadway']));
    expect(new Set(names).size).toBe(names.length);
    const rects = labelRects(container);
    for (const name of container.querySelectorAll('.locator-street-name')) {
      const [x, y] = [Number(name.getAttribute('x')), Number(name.getAttribute('y'))];
      expect(rects.some((rect) => (x > rect.left && x < rect.right && y > rect.top && y < rect.bottom))).toBe(false);
    }
  });

  it('still draws outlines and numbers when the street table fails to load', async () => {
    vi.mocked(loadStreetTable).mockRejectedValue(new Error('offline'));
    const { container } = renderMap();
    await waitFor(() => expect(loadStreetTable).toHaveBeenCalled());
    await Promise.resolve();
    expect(container.querySelectorAll('.locator-label').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.locator-streets path')).toHaveLength(0);
  });
});
