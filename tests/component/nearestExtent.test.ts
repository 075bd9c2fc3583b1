import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/geo/place';
import { framedExtent, NEAREST_FRAMED } from '../../src/map/nearestExtent';

const place: Place = { kind: 'zip', latitude: 41.85, longitude: -87.71, label: '60623' };
const near: LatLngTuple[] = Array.from({ length: NEAREST_FRAMED }, (_, index) => [41.85 + index * 0.001, -87.71 - index * 0.001]);
const far: LatLngTuple[] = [
  [42.0, -87.66],
  [41.7, -87.55],
  [41.9, -87.8],
];

describe('where the map opens', () => {
  it('frames every result without a place', () => {
    expect(framedExtent([...far, ...near], null)).toMatchObject({ count: far.length + near.length, north: 42.0, south: 41.7 });
  });

  it('frames the place and the nearest few, whatever their order, leaving the far ones out', () => {
    const extent = framedExtent([far[0], ...near.slice().reverse(), far[1], far[2]].filter((point) => point !== undefined), place);
    expect(extent.count).toBe(NEAREST_FRAMED + 1);
    expect(extent.north).toBeCloseTo(41.85 + (NEAREST_FRAMED - 1) * 0.001);
    expect(extent.south).toBeCloseTo(41.85);
    expect(extent.east).toBeCloseTo(-87.71);
  });

  it('frames the place alone when no result has a point', () => {
    expect(framedExtent([], place)).toEqual({ count: 1, south: 41.85, north: 41.85, west: -87.71, east: -87.71 });
  });
});
