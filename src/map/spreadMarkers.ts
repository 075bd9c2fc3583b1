import type { LatLngTuple, Map as LeafletMap } from 'leaflet';
import type { PlacedResult } from './ClusteredMarkers';

/** Services at one address are spread on a small circle around it, this many pixels out. */
const SPREAD_PIXELS = 22;

/** For each service sharing its exact point with others: its place in that group and the group's size. */
export function spreadGroups(placed: readonly PlacedResult[]): Map<number, { position: number; size: number }> {
  const byPoint = new Map<number, number[]>();
  placed.forEach(({ latitude, longitude }, at) => {
    // Both rounded to about 1 m and packed into one number: cheaper than a string key for 30,000 points.
    const key = Math.round(latitude * 1e5) * 1e8 + Math.round(longitude * 1e5);
    const members = byPoint.get(key);
    if (members) members.push(at);
    else byPoint.set(key, [at]);
  });
  const groups = new Map<number, { position: number; size: number }>();
  for (const members of byPoint.values()) {
    if (members.length > 1) members.forEach((at, position) => groups.set(at, { position, size: members.length }));
  }
  return groups;
}

/** Where one service of such a group is drawn at this zoom. */
export function spread(map: LeafletMap, item: PlacedResult, group: { position: number; size: number } | undefined, zoom: number): LatLngTuple {
  if (!group) return [item.latitude, item.longitude];
  const angle = (2 * Math.PI * group.position) / group.size - Math.PI / 2;
  const radius = SPREAD_PIXELS * Math.max(1, group.size / 6);
  const centre = map.project([item.latitude, item.longitude], zoom);
  const moved = map.unproject([centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)], zoom);
  return [moved.lat, moved.lng];
}
