import { divIcon } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, Pane, Polygon, useMap } from 'react-leaflet';
import type { CommunityAreas, ZipAreas } from '../geo/boundaries';
import { lakePolygon } from '../geo/lakefront';
import { loadBoundaries, type Boundaries } from '../geo/loadGeography';
import { communityAreaCentre } from '../geo/areaCentre';
import { messages } from '../i18n/messages';

const LABEL_ZOOM = 12;
const ZIP_ZOOM = 13;

// A smoothFactor of 3 lets Leaflet drop points closer than 3 pixels: invisible, and far less to draw per zoom.
const LAKE_STYLE = { stroke: false, fillColor: '#b9d7ee', fillOpacity: 1, interactive: false, smoothFactor: 3 } as const;
const AREA_STYLE = { color: '#6b7380', weight: 1.2, fill: false, interactive: false, smoothFactor: 3 } as const;
// Solid, not dashed: dashes cost a software-rendered phone far more to draw after every zoom.
const ZIP_STYLE = { color: '#b3b9c1', weight: 1, fill: false, interactive: false, smoothFactor: 3 } as const;

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
  useEffect(function loadOutlinesAfterFirstFrame() {
    let current = true;
    // The markers come first: the outlines are drawn once the first frame with them is on screen.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        loadBoundaries()
          .then((loaded) => {
            if (current) setBoundaries(loaded);
          })
          .catch(() => undefined);
      }, 0),
    );
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  if (!boundaries) return null;
  return <Outlines areas={boundaries.areas} zips={boundaries.zips} />;
}

function Outlines({ areas, zips }: { areas: CommunityAreas; zips: ZipAreas }) {
  const map = useMap();
  // Names and ZIP lines come and go with the zoom by a class on the map, not by React: a zoom then
  // re-renders nothing, and the frame stays short.
  useEffect(
    function showDetailByZoom() {
      const update = () => {
        const zoom = map.getZoom();
        map.getContainer().classList.toggle('basemap--names', zoom >= LABEL_ZOOM);
        map.getContainer().classList.toggle('basemap--zips', zoom >= ZIP_ZOOM);
      };
      update();
      map.on('zoomend', update);
      return () => {
        map.off('zoomend', update);
      };
    },
    [map],
  );
  const lake = useMemo(() => lakePolygon(areas), [areas]);
  const areaRings = useMemo(() => areas.features.map((area) => ringsOf(area.geometry.coordinates)), [areas]);
  const zipRings = useMemo(() => zips.features.map((zip) => ringsOf(zip.geometry.coordinates)), [zips]);
  const labels = useMemo(
    () =>
      areas.features.flatMap((area) => {
        const centre = communityAreaCentre({ areas, zips }, area.properties.name);
        return centre
          ? [{ name: area.properties.name, position: [centre.latitude, centre.longitude] satisfies [number, number], icon: label(area.properties.name, 'basemap-label') }]
          : [];
      }),
    [areas, zips],
  );
  const lakeLabel = useMemo(() => label(messages.map.lake, 'basemap-label basemap-label--lake'), []);

  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        {lake.length > 0 ? <Polygon positions={lake} pathOptions={LAKE_STYLE} /> : null}
        {/* One layer for all 77 outlines: one path to redraw after a zoom, not 77. */}
        <Polygon positions={areaRings} pathOptions={AREA_STYLE} />
        <Marker position={[41.88, -87.45]} icon={lakeLabel} interactive={false} keyboard={false} pane="basemap" />
      </Pane>
      <Pane name="basemapZips" style={{ zIndex: 151 }}>
        <Polygon positions={zipRings} pathOptions={ZIP_STYLE} />
      </Pane>
      <Pane name="basemapNames" style={{ zIndex: 152 }}>
        {labels.map(({ name, position, icon }) => (
          <Marker key={name} position={position} icon={icon} interactive={false} keyboard={false} pane="basemapNames" />
        ))}
      </Pane>
    </>
  );
}
