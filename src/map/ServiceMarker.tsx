import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { AddressLine } from '../service/AddressLine';
import { PhoneList } from '../service/PhoneList';
import { markerIcon } from './markerIcon';

interface ServiceMarkerProps {
  record: ServiceRecord;
  latitude: number;
  longitude: number;
  number: number;
  selected: boolean;
  onSelect: (id: string) => void;
  onOpenDetails: (id: string) => void;
}

export function ServiceMarker({ record, latitude, longitude, number, selected, onSelect, onOpenDetails }: ServiceMarkerProps) {
  const map = useMap();
  const markerRef = useRef<LeafletMarker>(null);
  const icon = useMemo(() => markerIcon(number, selected), [number, selected]);
  const label = `${number}. ${record.name}`;

  useEffect(
    function labelMarkerElement() {
      const element = markerRef.current?.getElement();
      element?.setAttribute('data-record-id', record.id);
      element?.setAttribute('aria-label', label);
      element?.setAttribute('aria-pressed', String(selected));
    },
    [record.id, label, selected, icon],
  );

  useEffect(
    function showSelectedMarker() {
      const marker = markerRef.current;
      if (!selected || !marker) return;
      if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
      marker.openPopup();
    },
    [selected, map],
  );

  return (
    <Marker
      ref={markerRef}
      position={[latitude, longitude]}
      icon={icon}
      title={record.name}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        click: () => onSelect(record.id),
        keypress: (event) => {
          if (event.originalEvent.key === 'Enter') onSelect(record.id);
        },
      }}
    >
      <Popup>
        <div className="popup" data-popup-record-id={record.id}>
          <p className="popup-title">{record.name}</p>
          {record.organization.name !== record.name ? <p className="org">{record.organization.name}</p> : null}
          <AddressLine record={record} />
          <PhoneList phones={record.phones.filter((phone) => phone.kind !== 'fax').slice(0, 1)} />
          <button type="button" className="button" onClick={() => onOpenDetails(record.id)}>
            {messages.map.openDetails}
          </button>
        </div>
      </Popup>
    </Marker>
  );
}
