import { divIcon, type DivIcon } from 'leaflet';

/** A round badge with the number of services it stands for, sized by how many; text only, never HTML. */
export function clusterIcon(count: number): DivIcon {
  const label = document.createElement('span');
  label.className = 'cluster-count';
  label.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  return divIcon({ html: label, className: 'cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}
