import { useState } from 'react';
import { TileLayer } from 'react-leaflet';
import { messages } from '../i18n/messages';
import type { TileConfig } from './tileConfig';

/** Map images; when they fail, the markers stay on a plain background and a short notice says why. */
export function TileLayerWithNotice({ tiles }: { tiles: TileConfig }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <TileLayer
        url={tiles.url}
        attribution={tiles.attribution}
        // The page sends no referrer anywhere; the tile server alone is told which site asks, as its usage policy requires, and never the page.
        referrerPolicy="strict-origin"
        eventHandlers={{
          tileerror: () => setFailed(true),
          tileload: () => setFailed(false),
        }}
      />
      {failed ? (
        <p className="map-notice" role="status">
          {messages.map.tilesFailed}
        </p>
      ) : null}
    </>
  );
}
