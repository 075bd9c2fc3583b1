import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { Place } from '../geo/place';
import { messages } from '../i18n/messages';

/** The place distances are measured from: a distinct square marker, named for screen readers. */
export function PlaceMarker({ place }: { place: Place }) {
  const name = place.kind === 'device' ? messages.map.myLocation : place.label;
  const label = messages.map.place(name);
  const icon = useMemo(() => {
    const element = document.createElement('span');
    element.className = 'place-marker-dot';
    return divIcon({ html: element, className: 'place-marker', iconSize: [22, 22], iconAnchor: [11, 11] });
  }, []);
  return (
    <Marker
      position={[place.latitude, place.longitude]}
      icon={icon}
      title={label}
      alt={label}
      zIndexOffset={-1000}
      keyboard={false}
      interactive={false}
      eventHandlers={{
        add: (event) => {
          const element = event.target.getElement();
          element?.setAttribute('role', 'img');
          element?.setAttribute('aria-label', label);
        },
      }}
    />
  );
}
