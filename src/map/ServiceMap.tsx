import './leafletSetup';
import 'leaflet/dist/leaflet.css';
import type { LatLngTuple } from 'leaflet';
import { useId, useMemo, useState } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { Result } from '../filters/selectResults';
import type { Place } from '../geo/place';
import { messages } from '../i18n/messages';
import { Basemap } from './Basemap';
import { ClusteredMarkers, type PlacedResult } from './ClusteredMarkers';
import { extentKey, FitToResults, initialView } from './FitToResults';
import { framedExtent } from './nearestExtent';
import './map.css';
import { PlaceMarker } from './PlaceMarker';
import { PopupCloseLabel } from './PopupCloseLabel';
import { TileLayerWithNotice } from './TileLayerWithNotice';
import { readTileConfig } from './tileConfig';
import { readTilesOff, saveTilesOff } from './tilePreference';

const tiles = readTileConfig(import.meta.env);

export interface ServiceMapProps {
  results: readonly Result[];
  place: Place | null;
  selectedId: string | null;
  /** The interface language's code: the map's own labels follow it. */
  locale: string;
  onSelect: (id: string) => void;
  onOpenDetails: (id: string) => void;
}

export default function ServiceMap({ results, place, selectedId, locale, onSelect, onOpenDetails }: ServiceMapProps) {
  const switchId = useId();
  const [tilesOff, setTilesOff] = useState(readTilesOff);
  const [tilesFailed, setTilesFailed] = useState(false);
  const placed = useMemo(
    () =>
      results.flatMap(({ record }, index): PlacedResult[] => {
        const point = record.location?.point;
        return point ? [{ record, latitude: point.latitude, longitude: point.longitude, number: index + 1 }] : [];
      }),
    [results],
  );
  const extent = useMemo(() => {
    const located = placed.map(({ latitude, longitude }): LatLngTuple => [latitude, longitude]);
    return framedExtent(located, place);
  }, [placed, place]);
  const [opening] = useState(() => ({ key: extentKey(extent), view: initialView(extent) }));

  function switchTiles(off: boolean) {
    setTilesOff(off);
    saveTilesOff(off);
  }

  return (
    <div className="map-frame" dir="ltr">
      {/* The switch and the notices have a bar of their own above the map, so they never cover a marker. */}
      <div className="map-bar">
        <div className="map-options">
          <input id={switchId} type="checkbox" checked={tilesOff} onChange={(event) => switchTiles(event.target.checked)} />
          <label htmlFor={switchId}>{messages.map.tilesOff}</label>
        </div>
        {tilesOff ? <p className="map-notice map-notice--quiet">{messages.map.basemapNote}</p> : null}
        {!tilesOff && tilesFailed ? (
          <p className="map-notice" role="status">
            {messages.map.tilesFailed}
          </p>
        ) : null}
        {results.length > 0 && placed.length === 0 ? <p className="map-notice">{messages.map.noPoints}</p> : null}
      </div>
      {/* No zoom animation: on a phone without a GPU each animated frame repaints every marker; a zoom in one step stays under a frame. */}
      <MapContainer {...opening.view} className="map" aria-label={messages.map.label} zoomControl={false} zoomAnimation={false} markerZoomAnimation={false} fadeAnimation={false}>
        <ZoomControl key={locale} zoomInTitle={messages.map.zoomIn} zoomOutTitle={messages.map.zoomOut} />
        <PopupCloseLabel label={messages.map.closePopup} />
        <Basemap />
        {tilesOff ? null : <TileLayerWithNotice tiles={tiles} onFailed={setTilesFailed} />}
        {place ? <PlaceMarker place={place} /> : null}
        <ClusteredMarkers placed={placed} selectedId={selectedId} locale={locale} onSelect={onSelect} onOpenDetails={onOpenDetails} />
        {/* After the markers, so that they already listen when the first fit moves the map. */}
        <FitToResults extent={extent} openedAt={opening.key} />
      </MapContainer>
    </div>
  );
}
