import { divIcon, type DivIcon } from 'leaflet';

/** The number a cluster shows: "12", or "1.2k" for thousands. */
export function clusterCountText(count: number): string {
  return count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
}

/** A round badge with the number of services it stands for, sized by how many; text only, never HTML. */
export function clusterIcon(count: number): DivIcon {
  const label = document.createElement('span');
  label.className = 'cluster-count';
  label.textContent = clusterCountText(count);
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  return divIcon({ html: label, className: 'cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}
