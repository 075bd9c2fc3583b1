import { divIcon, type DivIcon } from 'leaflet';

const SIZE = 30;

/** The marker shows the number of its list card; built with textContent, never from HTML strings. */
export function markerIcon(number: number, selected: boolean): DivIcon {
  const label = document.createElement('span');
  label.className = 'marker-number';
  label.textContent = String(number);
  const size = selected ? SIZE + 8 : SIZE;
  return divIcon({
    html: label,
    className: selected ? 'marker marker--selected' : 'marker',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}
