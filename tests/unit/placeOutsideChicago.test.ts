import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCheckedJson } from '../../scripts/checkedJson';
import { communityAreaAt } from '../../src/geo/boundaries';
import { distanceMetres, METRES_PER_MILE } from '../../src/geo/distance';
import { communityAreasSchema, nearbyPlacesSchema, streetTableSchema, zipAreasSchema } from '../../src/geo/geoSchemas';
import { loadNearbyPlaces } from '../../src/geo/loadGeography';
import { resolvePlace, type Geography } from '../../src/geo/place';
import { streetLocatorFor } from '../../src/geo/streetGrid';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const areas = communityAreasSchema.parse(read('data/geo/community-areas.json'));
const zips = zipAreasSchema.parse(read('data/geo/zip-codes.json'));
const nearbyFile = nearbyPlacesSchema.parse(read('data/geo/nearby-places.json'));
const chicagoOnly: Geography = { areas, zips, streets: streetLocatorFor(streetTableSchema.parse(read('data/geo/streets.json'))) };
const geography: Geography = { ...chicagoOnly, nearby: nearbyFile.places };

describe('ZIP+4', () => {
  it('reads "60623-1234" and "60623 1234" as the Chicago ZIP 60623', () => {
    const plain = resolvePlace('60623', geography);
    for (const text of ['60623-1234', '60623 1234', ' 60623 - 1234 ']) {
      const lookup = resolvePlace(text, geography);
      expect(lookup, text).toEqual(plain);
      expect(lookup.ok && lookup.place.label).toBe('60623');
      expect(lookup.ok && lookup.place.area).toBe('60623');
      expect(lookup.ok && communityAreaAt(areas, lookup.place.latitude, lookup.place.longitude)).toBe('South Lawndale');
    }
  });

  it('does not take other digit runs for a ZIP', () => {
    expect(resolvePlace('60623-12', geography).ok).toBe(false);
    expect(resolvePlace('606231234', geography).ok).toBe(false);
  });
});

describe('suburbs and suburban ZIPs', () => {
  it('gives a suburb by name a point outside Chicago, to measure from', () => {
    for (const [text, label] of [
      ['Evanston', 'Evanston, IL'],
      ['cicero', 'Cicero, IL'],
      ['  Oak   Park ', 'Oak Park, IL'],
      ['Evanston, IL', 'Evanston, IL'],
      ['Hammond Indiana', 'Hammond, IN'],
    ] as const) {
      const lookup = resolvePlace(text, geography);
      if (!lookup.ok) throw new Error(`${text}: ${lookup.problem}`);
      expect(lookup.place, text).toMatchObject({ kind: 'town', label, outsideChicago: true });
      expect(lookup.place.area, text).toBeUndefined();
      expect(communityAreaAt(areas, lookup.place.latitude, lookup.place.longitude), text).toBeUndefined();
    }
  });

  it('puts Evanston just north of Rogers Park, where it is', () => {
    const evanston = resolvePlace('Evanston', geography);
    const rogersPark = resolvePlace('Rogers Park', geography);
    if (!evanston.ok || !rogersPark.ok) throw new Error('not found');
    expect(evanston.place.latitude).toBeGreaterThan(rogersPark.place.latitude);
    expect(distanceMetres(evanston.place, rogersPark.place) / METRES_PER_MILE).toBeLessThan(5);
  });

  it('gives a suburban ZIP, or its ZIP+4, a point outside Chicago', () => {
    for (const text of ['60201', '60201-3208']) {
      const lookup = resolvePlace(text, geography);
      if (!lookup.ok) throw new Error(`${text}: ${lookup.problem}`);
      expect(lookup.place).toMatchObject({ kind: 'zip', label: '60201', outsideChicago: true });
      expect(communityAreaAt(areas, lookup.place.latitude, lookup.place.longitude)).toBeUndefined();
    }
  });

  it('keeps Chicago first: a Chicago name or ZIP is never taken for a suburb', () => {
    // Riverdale is a community area and a village south of it.
    const riverdale = resolvePlace('Riverdale', geography);
    expect(riverdale.ok && riverdale.place.outsideChicago).toBeUndefined();
    expect(riverdale.ok && riverdale.place.kind).toBe('area');
    const zip = resolvePlace('60827', geography);
    expect(zip.ok && zip.place).toMatchObject({ kind: 'zip', area: '60827' });
  });

  it('says "outside Chicago" without a point for a ZIP too far away, and "not found" for unknown text', () => {
    expect(resolvePlace('90210', geography)).toEqual({ ok: false, problem: 'outside-chicago', detail: '90210' });
    expect(resolvePlace('90210-1234', geography)).toEqual({ ok: false, problem: 'outside-chicago', detail: '90210' });
    expect(resolvePlace('Springfield', geography)).toMatchObject({ ok: false, problem: 'not-found' });
    expect(resolvePlace('asdfgh', geography)).toMatchObject({ ok: false, problem: 'not-found' });
  });

  it('without the nearby file, a suburb is as before: not found, and its ZIP only outside Chicago', () => {
    expect(resolvePlace('Evanston', chicagoOnly)).toMatchObject({ ok: false, problem: 'not-found' });
    expect(resolvePlace('60201', chicagoOnly)).toEqual({ ok: false, problem: 'outside-chicago', detail: '60201' });
  });
});

describe('the nearby-places file', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function checked(content: unknown) {
    root = mkdtempSync(path.join(tmpdir(), 'helpmap-nearby-'));
    mkdirSync(path.join(root, 'data/geo'), { recursive: true });
    writeFileSync(path.join(root, 'data/geo/nearby-places.json'), JSON.stringify(content));
    return readCheckedJson(root, 'data/geo/nearby-places.json', nearbyPlacesSchema);
  }

  it('is what the browser loads, checked at build time, with its dated source', async () => {
    const loaded = await loadNearbyPlaces();
    expect(loaded).toEqual(nearbyFile);
    expect(loaded.source).toMatchObject({ date: '2010', kind: 'official-list' });
    expect(loaded.places.some((place) => place.kind === 'place' && place.name === 'Evanston')).toBe(true);
  });

  it('refuses, naming the field, a swapped coordinate, a ZIP that is not five digits, or an undated source', () => {
    const evanston = { name: 'Evanston', kind: 'place', state: 'IL', lat: 42.04639, lon: -87.69435 };
    const good = { ...nearbyFile, places: [evanston] };
    expect(checked(good)).toEqual({ data: good });

    const swapped = checked({ ...good, places: [{ ...evanston, lat: -87.69435, lon: 42.04639 }] });
    expect('problem' in swapped && swapped.problem).toMatch(/^data\/geo\/nearby-places\.json: places\.0/);

    const badZip = checked({ ...good, places: [{ name: '6020', kind: 'zip', lat: 42.05614, lon: -87.69224 }] });
    expect('problem' in badZip && badZip.problem).toMatch(/places\.0/);

    const noDate = checked({ ...good, source: { title: good.source.title, url: good.source.url, kind: good.source.kind } });
    expect('problem' in noDate && noDate.problem).toMatch(/source\.date/);
  });
});
