import { describe, expect, it } from 'vitest';
import type { PlacedResult } from '../../src/map/ClusteredMarkers';
import { spreadGroups } from '../../src/map/spreadMarkers';
import { fixtureRecords } from '../fixtures/records';

const [first, second, third] = fixtureRecords;

function placed(record: (typeof fixtureRecords)[number] | undefined, latitude: number, longitude: number, number: number): PlacedResult {
  if (!record) throw new Error('missing fixture');
  return { record, latitude, longitude, number };
}

describe('services at the same address', () => {
  it('are spread around it, each with its own place, while a service alone stays put', () => {
    const groups = spreadGroups([
      placed(first, 41.85, -87.7, 1),
      placed(second, 41.85, -87.7, 2),
      placed(third, 41.9, -87.65, 3),
    ]);
    expect(groups.get(0)).toEqual({ position: 0, size: 2 });
    expect(groups.get(1)).toEqual({ position: 1, size: 2 });
    expect(groups.has(2)).toBe(false);
  });
});
