import { polygonCentroid, type LatLng } from './distance';
import type { Geography, Place } from './place';

// Apart from place.ts so that the map, which names clusters by area, does not bring the place parser with it.

export function centreOf(coordinates: readonly (readonly (readonly (readonly number[])[])[])[]): LatLng | undefined {
  // The largest polygon's outer ring: a ZIP's islands should not pull its centre into the lake.
  let best: { centre: LatLng; size: number } | undefined;
  for (const polygon of coordinates) {
    const ring = polygon[0] ?? [];
    const centre = polygonCentroid(ring);
    if (centre && (!best || ring.length > best.size)) best = { centre, size: ring.length };
  }
  return best?.centre;
}

export function communityAreaCentre(geography: Geography, name: string): Place | undefined {
  const area = geography.areas.features.find((feature) => feature.properties.name === name);
  const centre = area && centreOf(area.geometry.coordinates);
  return centre && area ? { ...centre, kind: 'area', label: area.properties.name, area: area.properties.name } : undefined;
}
