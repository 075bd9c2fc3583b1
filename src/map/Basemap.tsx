import { divIcon } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, Pane, Polygon, useMap, useMapEvents } from 'react-leaflet';
import type { CommunityAreas, ZipAreas } from '../geo/boundaries';
import { lakePolygon } from '../geo/lakefront';
import { loadBoundaries, type Boundaries } from '../geo/loadGeography';
import { communityAreaCentre } from '../geo/place';
import { messages } from '../i18n/messages';

const LABEL_ZOOM = 12;
const ZIP_ZOOM = 13;

const LAKE_STYLE = { stroke: false, fillColor: '#b9d7ee', fillOpacity: 1, interactive: false } as const;
const AREA_STYLE = { color: '#6b7380', weight: 1.2, fill: false, interactive: false } as const;
const ZIP_STYLE = { color: '#9aa1ab', weight: 1, dashArray: '4 4', fill: false, interactive: false } as const;

function label(text: string, className: string) {
  const element = document.createElement('span');
  element.textContent = text;
  return divIcon({ html: element, className, iconSize: undefined });
}

type Rings = [number, number][][];

/** GeoJSON's [longitude, latitude] rings as Leaflet's [latitude, longitude]. */
function ringsOf(coordinates: readonly (readonly (readonly (readonly number[])[])[])[]): Rings {
  return coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(([lng = 0, lat = 0]): [number, number] => [lat, lng])));
}

/**
 * A map drawn on the device from the community-area and ZIP outlines, under the tiles: it is what
 * shows when tiles are off, blocked or failing, so the map still says where things are.
 */
export function Basemap() {
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  useEffect(function loadOutlines() {
    let current = true;
    loadBoundaries()
      .then((loaded) => {
        if (current) setBoundaries(loaded);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (!boundaries) return null;
  return <Outlines areas={boundaries.areas} zips={boundaries.zips} />;
}

function Outlines({ areas, zips }: { areas: CommunityAreas; zips: ZipAreas }) {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const lake = useMemo(() => lakePolygon(areas), [areas]);
  const areaRings = useMemo(() => areas.features.map((area) => ({ name: area.properties.name, rings: ringsOf(area.geometry.coordinates) })), [areas]);
  const zipRings = useMemo(() => zips.features.map((zip) => ({ zip: zip.properties.zip, rings: ringsOf(zip.geometry.coordinates) })), [zips]);
  const labels = useMemo(
    () =>
      areas.features.flatMap((area) => {
        const centre = communityAreaCentre({ areas, zips }, area.properties.name);
        return centre ? [{ name: area.properties.name, position: [centre.latitude, centre.longitude] satisfies [number, number], icon: label(area.properties.name, 'basemap-label') }] : [];
      }),
    [areas, zips],
  );
  const lakeLabel = useMemo(() => label(messages.map.lake, 'basemap-label basemap-label--lake'), []);

  return (
    <Pane name="basemap" style={{ zIndex: 150 }}>
      {lake.length > 0 ? <Polygon positions={lake} pathOptions={LAKE_STYLE} /> : null}
      {zoom >= ZIP_ZOOM ? zipRings.map(({ zip, rings }) => <Polygon key={zip} positions={rings} pathOptions={ZIP_STYLE} />) : null}
      {areaRings.map(({ name, rings }) => (
        <Polygon key={name} positions={rings} pathOptions={AREA_STYLE} />
      ))}
      {zoom >= LABEL_ZOOM
        ? labels.map(({ name, position, icon }) => <Marker key={name} position={position} icon={icon} interactive={false} keyboard={false} pane="basemap" />)
        : null}
      <Marker position={[41.88, -87.45]} icon={lakeLabel} interactive={false} keyboard={false} pane="basemap" />
    </Pane>
  );
}
