import { layerGroup, marker as leafletMarker, type LatLngTuple, type Map as LeafletMap, type Marker } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Popup, useMap, useMapEvents } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { ServiceRecord } from '../data/schema';
import { distanceMetres, type LatLng } from '../geo/distance';
import { loadBoundaries } from '../geo/loadGeography';
import { communityAreaCentre } from '../geo/areaCentre';
import { messages } from '../i18n/messages';
import { recordName } from '../i18n/recordTranslations';
import { AddressLine } from '../service/AddressLine';
import { PhoneList } from '../service/PhoneList';
import { ShownTextSpan } from '../service/ShownTextSpan';
import { clusterCountText, clusterIcon } from './clusterIcon';
import { markerIcon } from './markerIcon';
import { spread, spreadGroups } from './spreadMarkers';

export interface PlacedResult {
  record: ServiceRecord;
  latitude: number;
  longitude: number;
  /** The number of its card in the list. */
  number: number;
}

/**
 * At city zoom nearby services are grouped; from neighborhood zoom (14) each is its own marker. With
 * far more services than Chicago has (the 30,000-record benchmark), grouping goes on to street zoom,
 * so that a view never holds more single markers than a phone can draw in a frame.
 */
export const NEIGHBORHOOD_ZOOM = 14;
const STREET_ZOOM = 17;
const CROWDED = 3_000;
const CLUSTER_RADIUS = 60;

export function singleMarkerZoom(count: number): number {
  return count > CROWDED ? STREET_ZOOM : NEIGHBORHOOD_ZOOM;
}

interface View {
  zoom: number;
  bounds: [number, number, number, number];
}

function viewOf(map: LeafletMap): View {
  const bounds = map.getBounds().pad(0.1);
  return { zoom: Math.round(map.getZoom()), bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] };
}

interface ClusteredMarkersProps {
  placed: readonly PlacedResult[];
  selectedId: string | null;
  /** The interface language: markers are named in it, so a switch redraws them. */
  locale: string;
  onSelect: (id: string) => void;
  onOpenDetails: (id: string) => void;
}

/** What one marker on the map shows, and the key that tells whether an existing marker can stay. */
type Shown =
  | { kind: 'cluster'; key: string; position: LatLngTuple; count: number; id: number; label: string }
  | { kind: 'service'; key: string; position: LatLngTuple; item: PlacedResult; selected: boolean };

/**
 * Only what is in view is drawn: clusters from supercluster at city zoom, single markers closer in.
 * Markers are Leaflet's own, created and removed directly as the view changes (no React component per
 * marker), so that 30,000 services are as quick to show and to move as 300. Every marker is a
 * keyboard-operable element with its own name.
 */
export function ClusteredMarkers({ placed, selectedId, locale, onSelect, onOpenDetails }: ClusteredMarkersProps) {
  const map = useMap();
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });

  const index = useMemo(() => {
    const clusters = new Supercluster<{ at: number }>({
      maxZoom: singleMarkerZoom(placed.length) - 1,
      radius: CLUSTER_RADIUS,
      // Leaflet's tiles are 256 pixels: with supercluster's default of 512 the radius would be half what it says.
      extent: 256,
    });
    clusters.load(
      placed.map(({ latitude, longitude }, at) => ({
        type: 'Feature',
        properties: { at },
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
      })),
    );
    return clusters;
  }, [placed]);
  const sameAddress = useMemo(() => spreadGroups(placed), [placed]);

  const [areas, setAreas] = useState<AreaCentre[] | null>(null);
  useEffect(function loadAreaNames() {
    let current = true;
    loadBoundaries()
      .then((loaded) => {
        if (current) setAreas(areaCentres(loaded));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const shown = useMemo(() => {
    const names = new UniqueNames();
    return index.getClusters(view.bounds, view.zoom).flatMap((feature): Shown[] => {
        const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
        if ('cluster' in feature.properties) {
          const { cluster_id: id, point_count: count } = feature.properties;
          const area = areas ? nearestArea(areas, { latitude, longitude }) : undefined;
          const words = area ? messages.map.clusterIn(count, area) : messages.map.cluster(count);
          // The name must contain the number the badge shows (WCAG 2.5.3), which a language may spell out ("خدمتان").
          const shownCount = clusterCountText(count);
          const label = names.unique(words.includes(shownCount) ? words : `${shownCount} · ${words}`);
          return [{ kind: 'cluster', key: `cluster:${view.zoom}:${id}:${label}`, position: [latitude, longitude], count, id, label }];
        }
        const item = placed[feature.properties.at];
        if (!item) return [];
        const position = spread(map, item, sameAddress.get(feature.properties.at), view.zoom);
        const selected = item.record.id === selectedId;
        return [{ kind: 'service', key: `${item.record.id}:${item.number}:${selected}:${locale}`, position, item, selected }];
      });
  }, [index, view, placed, sameAddress, selectedId, map, areas, locale]);

  // The latest callbacks, read by the markers' listeners, so a new function from the parent does not rebuild them.
  const focusNear = useRef<LatLngTuple | null>(null);
  const zoomInto = (id: number, position: LatLngTuple, byKey: boolean) => {
    focusNear.current = byKey ? position : null;
    map.setView(position, Math.min(index.getClusterExpansionZoom(id), STREET_ZOOM + 1));
  };
  const handlers: Handlers = useRef({ onSelect, zoomInto });
  useEffect(function useLatestHandlers() {
    handlers.current = { onSelect, zoomInto };
  });

  const layer = useMemo(() => layerGroup(), []);
  const drawn = useRef(new Map<string, Marker>());
  useEffect(
    function addLayer() {
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [layer, map],
  );

  useEffect(
    function drawMarkers() {
      const keep = new Set(shown.map(({ key }) => key));
      for (const [key, marker] of drawn.current) {
        if (!keep.has(key)) {
          layer.removeLayer(marker);
          drawn.current.delete(key);
        }
      }
      for (const item of shown) {
        const existing = drawn.current.get(item.key);
        if (existing) {
          existing.setLatLng(item.position);
          continue;
        }
        const marker = item.kind === 'cluster' ? clusterMarker(item, handlers) : serviceMarker(item, handlers);
        // Its element exists only once the map has added it, which a map still opening may put off.
        marker.on('add', () => labelElement(marker, item));
        layer.addLayer(marker);
        drawn.current.set(item.key, marker);
      }
      // Enter on a cluster removes it: the focus goes to the marker nearest where it stood, not to the page.
      const near = focusNear.current;
      focusNear.current = null;
      if (near) nearestMarker(drawn.current, near)?.getElement()?.focus();
    },
    [shown, layer],
  );

  const selected = selectedId === null ? undefined : placed.find(({ record }) => record.id === selectedId);
  const selectedShown = shown.find((item) => item.kind === 'service' && item.selected);
  useEffect(
    function bringSelectedIntoView() {
      if (!selected) return;
      const target: LatLngTuple = [selected.latitude, selected.longitude];
      if (!selectedShown) map.setView(target, Math.max(map.getZoom(), singleMarkerZoom(placed.length)), { animate: false });
      else if (!map.getBounds().contains(target)) map.panTo(target);
    },
    [map, selected, selectedShown, placed.length],
  );

  return selected && selectedShown ? (
    <Popup key={selected.record.id} position={selectedShown.position} offset={[0, -16]}>
      <div className="popup" data-popup-record-id={selected.record.id}>
        <p className="popup-title">
          <ShownTextSpan shown={recordName(selected.record)} />
        </p>
        {selected.record.organization.name !== selected.record.name ? <p className="org">
            <bdi>{selected.record.organization.name}</bdi>
          </p> : null}
        <AddressLine record={selected.record} />
        <PhoneList phones={selected.record.phones.filter((phone) => phone.kind !== 'fax').slice(0, 1)} />
        <button type="button" className="button" onClick={() => onOpenDetails(selected.record.id)}>
          {messages.map.openDetails}
        </button>
      </div>
    </Popup>
  ) : null;
}

interface Handlers {
  current: { onSelect: (id: string) => void; zoomInto: (id: number, position: LatLngTuple, byKey: boolean) => void };
}

function nearestMarker(markers: ReadonlyMap<string, Marker>, [latitude, longitude]: LatLngTuple): Marker | undefined {
  let best: { marker: Marker; metres: number } | undefined;
  for (const marker of markers.values()) {
    const { lat, lng } = marker.getLatLng();
    const metres = distanceMetres({ latitude, longitude }, { latitude: lat, longitude: lng });
    if (!best || metres < best.metres) best = { marker, metres };
  }
  return best?.marker;
}

function activatedByKey(key: string): boolean {
  return key === 'Enter' || key === ' ';
}

interface AreaCentre extends LatLng {
  name: string;
}

function areaCentres(geography: Parameters<typeof communityAreaCentre>[0]): AreaCentre[] {
  return geography.areas.features.flatMap(({ properties: { name } }) => {
    const centre = communityAreaCentre(geography, name);
    return centre ? [{ name, latitude: centre.latitude, longitude: centre.longitude }] : [];
  });
}

/** The community area whose centre is nearest: a cheap, good enough way to say roughly where a cluster is. */
function nearestArea(areas: readonly AreaCentre[], point: LatLng): string | undefined {
  let best: { name: string; metres: number } | undefined;
  for (const area of areas) {
    const metres = distanceMetres(area, point);
    if (!best || metres < best.metres) best = { name: area.name, metres };
  }
  return best?.name;
}

/** Every marker needs its own accessible name: two clusters of 12 in one area become "… (2)". */
class UniqueNames {
  private readonly seen = new Map<string, number>();

  unique(name: string): string {
    const times = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, times);
    return times === 1 ? name : `${name} (${times})`;
  }
}

function clusterMarker(item: Extract<Shown, { kind: 'cluster' }>, handlers: Handlers): Marker {
  const label = item.label;
  const zoom = (byKey: boolean) => handlers.current.zoomInto(item.id, item.position, byKey);
  return leafletMarker(item.position, { icon: clusterIcon(item.count), title: label, alt: label, keyboard: true })
    .on('click', () => zoom(false))
    .on('keypress', (event) => {
      if ('originalEvent' in event && event.originalEvent instanceof KeyboardEvent && activatedByKey(event.originalEvent.key)) zoom(true);
    });
}

function serviceMarker(item: Extract<Shown, { kind: 'service' }>, handlers: Handlers): Marker {
  const { record, number } = item.item;
  const select = () => handlers.current.onSelect(record.id);
  return leafletMarker(item.position, {
    icon: markerIcon(number, item.selected),
    title: recordName(record).text,
    keyboard: true,
    zIndexOffset: item.selected ? 1000 : 0,
  })
    .on('click', select)
    .on('keypress', (event) => {
      if ('originalEvent' in event && event.originalEvent instanceof KeyboardEvent && activatedByKey(event.originalEvent.key)) select();
    });
}

/** Names each marker for screen readers the way its list card is named ("3. Name"), and says which is selected. */
function labelElement(marker: Marker, item: Shown): void {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute('role', 'button');
  if (item.kind === 'cluster') {
    element.setAttribute('aria-label', item.label);
    return;
  }
  element.setAttribute('data-record-id', item.item.record.id);
  element.setAttribute('aria-label', `${item.item.number}. ${recordName(item.item.record).text}`);
  element.setAttribute('aria-pressed', String(item.selected));
}
