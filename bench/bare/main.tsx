/**
 * The baseline for scripts/bench-load.ts: a heading and a react-leaflet map of Chicago with OpenStreetMap
 * tiles, built with the app's own Vite, React, Leaflet and react-leaflet, and nothing else.
 */
import 'leaflet/dist/leaflet.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, TileLayer } from 'react-leaflet';

function BareMap() {
  return (
    <>
      <h1>Chicago</h1>
      <MapContainer center={[41.88, -87.63]} zoom={11} style={{ height: '70vh' }}>
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
        />
      </MapContainer>
    </>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <BareMap />
  </StrictMode>,
);
