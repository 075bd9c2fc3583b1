import { TileLayer } from 'react-leaflet';
import type { TileConfig } from './tileConfig';

/** Map images; when they fail, the markers stay on a plain background and the map's bar says why. */
export function TileLayerWithNotice({ tiles, onFailed }: { tiles: TileConfig; onFailed: (failed: boolean) => void }) {
  return (
    <TileLayer
      url={tiles.url}
      attribution={tiles.attribution}
      // The page sends no referrer anywhere; the tile server alone is told which site asks, as its usage policy requires, and never the page.
      referrerPolicy="strict-origin"
      eventHandlers={{
        tileerror: () => onFailed(true),
        tileload: () => onFailed(false),
      }}
    />
  );
}
