import { latLngBounds, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

export const CHICAGO_CENTER: LatLngTuple = [41.8625, -87.6865];
export const CITY_ZOOM = 11;
const STREET_ZOOM = 15;

function fit(map: LeafletMap, points: readonly LatLngTuple[]): void {
  const [first] = points;
  if (!first) map.setView(CHICAGO_CENTER, CITY_ZOOM, { animate: false });
  else if (points.length === 1) map.setView(first, STREET_ZOOM, { animate: false });
  else map.fitBounds(latLngBounds([...points]), { padding: [24, 24], maxZoom: STREET_ZOOM, animate: false });
}

/**
 * Shows every result whenever the set of results changes (not when one is selected), and again
 * when a map that was hidden (the phone's list view) is shown, since a hidden map has no size to fit.
 */
export function FitToResults({ points }: { points: readonly LatLngTuple[] }) {
  const map = useMap();
  const latest = useRef(points);
  const key = points.map(([lat, lng]) => `${lat},${lng}`).join(';');

  useEffect(
    function fitWhenResultsChange() {
      latest.current = points;
      fit(map, points);
    },
    // Only the set of points matters; a new array with the same points must not move the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, map],
  );

  useEffect(
    function refitWhenShown() {
      const container = map.getContainer();
      let wasHidden = container.clientWidth === 0;
      const observer = new ResizeObserver(() => {
        const hidden = container.clientWidth === 0;
        if (hidden) return void (wasHidden = true);
        map.invalidateSize();
        if (wasHidden) fit(map, latest.current);
        wasHidden = false;
      });
      observer.observe(container);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
