/**
 * The app's own map with the real data or synthetic records, for scripts/bench-map.ts to time in Chromium:
 * first render (mount to the first frame with markers) and frame times while it pans and zooms.
 */
import { createRoot } from 'react-dom/client';
import '../src/app/styles.css';
import { loadDataset } from '../src/data/dataset';
import type { ServiceRecord } from '../src/data/schema';
import type { Result } from '../src/filters/selectResults';
import ServiceMap from '../src/map/ServiceMap';
import './benchWindow';
import { syntheticRecords } from '../scripts/bench/synthetic';

async function recordsFor(size: string | null): Promise<readonly ServiceRecord[]> {
  if (size === null || size === 'real') return loadDataset();
  return syntheticRecords(Number(size));
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

const params = new URLSearchParams(window.location.search);
const records = await recordsFor(params.get('n'));
if (params.get('tiles') === 'off') window.localStorage.setItem('helpmap.tiles', 'off');
const results: Result[] = records.map((record) => ({ record, open: { kind: 'unknown' }, age: 'recent', distanceMetres: null }));
const container = document.getElementById('root');

window.renderMap = async () => {
  if (!container) throw new Error('No #root');
  const start = performance.now();
  createRoot(container).render(<ServiceMap results={results} place={null} selectedId={null} locale="en" onSelect={() => undefined} onOpenDetails={() => undefined} />);
  while (!container.querySelector('.leaflet-marker-icon.marker, .leaflet-marker-icon.cluster')) await nextFrame();
  await nextFrame();
  return performance.now() - start;
};

let frames: number[] = [];
let recording = false;
window.startFrames = () => {
  frames = [];
  recording = true;
  let last = performance.now();
  const tick = (time: number) => {
    if (!recording) return;
    frames.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((time) => {
    last = time;
    requestAnimationFrame(tick);
  });
};
window.stopFrames = () => {
  recording = false;
  return frames;
};
window.benchReady = true;
