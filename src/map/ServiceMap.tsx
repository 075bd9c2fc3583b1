import 'leaflet/dist/leaflet.css';
import type { LatLngTuple } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { Result } from '../filters/selectResults';
import { messages } from '../i18n/messages';
import { CHICAGO_CENTER, CITY_ZOOM, FitToResults } from './FitToResults';
import { ServiceMarker } from './ServiceMarker';
import { TileLayerWithNotice } from './TileLayerWithNotice';
import { readTileConfig } from './tileConfig';

const tiles = readTileConfig(import.meta.env);

export interface ServiceMapProps {
  results: readonly Result[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpenDetails: (id: string) => void;
}

export default function ServiceMap({ results, selectedId, onSelect, onOpenDetails }: ServiceMapProps) {
  const placed = results.flatMap(({ record }, index) => {
    const point = record.location?.point;
    return point ? [{ record, point, number: index + 1 }] : [];
  });
  const points = placed.map(({ point }): LatLngTuple => [point.latitude, point.longitude]);

  return (
    <div className="map-frame" dir="ltr">
      <MapContainer center={CHICAGO_CENTER} zoom={CITY_ZOOM} className="map" aria-label={messages.map.label}>
        <TileLayerWithNotice tiles={tiles} />
        <FitToResults points={points} />
        {placed.map(({ record, point, number }) => (
          <ServiceMarker
            key={record.id}
            record={record}
            latitude={point.latitude}
            longitude={point.longitude}
            number={number}
            selected={record.id === selectedId}
            onSelect={onSelect}
            onOpenDetails={onOpenDetails}
          />
        ))}
      </MapContainer>
      {results.length > 0 && placed.length === 0 ? <p className="map-notice">{messages.map.noPoints}</p> : null}
    </div>
  );
}
