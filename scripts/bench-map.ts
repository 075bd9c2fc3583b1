/**
 * Map benchmark in headless Chromium: time to the first frame with markers, and frame times while a
 * user drags and wheel-zooms the map, for the real data and 3,000 and 30,000 synthetic records.
 * Usage: tsx scripts/bench-map.ts [--quick] [--tiles]   (also run by `npm run bench`)
 * Without --tiles the map draws its own basemap; with it, tiles are a stubbed blank image (no network).
 */
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import '../bench/benchWindow';
import { launchBrowser, openPage } from '../tests/e2e/browser';

const RUNS = 5;
const SIZES = process.argv.includes('--quick') ? ['real', '3000'] : ['real', '3000', '30000'];
const TILES_ON = process.argv.includes('--tiles');
const EXTRA = TILES_ON ? '' : '&tiles=off';
const TILES = TILES_ON ? 'tiles stubbed with a blank image' : 'map images off (the basemap drawn from the boundaries)';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function readyPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 120_000 });
}

const CENTRE = { x: 640, y: 400 };

async function drag(page: Page, dx: number, dy: number): Promise<void> {
  await page.mouse.move(CENTRE.x, CENTRE.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) await page.mouse.move(CENTRE.x + (dx * step) / 12, CENTRE.y + (dy * step) / 12);
  await page.mouse.up();
  await page.waitForTimeout(350);
}

async function wheel(page: Page, deltaY: number): Promise<void> {
  await page.mouse.move(CENTRE.x, CENTRE.y);
  await page.mouse.wheel(0, deltaY);
  await page.waitForTimeout(450);
}

/** Frame times (ms) while a person does something to the map. */
async function framesDuring(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => window.startFrames?.());
  await act();
  return page.evaluate(() => window.stopFrames?.() ?? []);
}

/** Drags at city zoom, wheel-zooms in to street level and out again, and drags at street level. */
async function panAndZoom(page: Page): Promise<{ pan: number[]; zoom: number[] }> {
  const pan = await framesDuring(page, async () => {
    await drag(page, 250, 0);
    await drag(page, -250, 120);
  });
  const zoomIn = await framesDuring(page, async () => {
    for (let zoom = 0; zoom < 5; zoom += 1) await wheel(page, -120);
  });
  const streetPan = await framesDuring(page, async () => {
    await drag(page, 300, 0);
    await drag(page, 0, -200);
  });
  const zoomOut = await framesDuring(page, async () => {
    for (let zoom = 0; zoom < 5; zoom += 1) await wheel(page, 120);
  });
  return { pan: [...pan, ...streetPan], zoom: [...zoomIn, ...zoomOut] };
}

function frameColumns(frames: number[]): string {
  return `${percentile(frames, 0.95).toFixed(1)} | ${Math.max(...frames).toFixed(1)} | ${frames.filter((frame) => frame > 30).length} of ${frames.length}`;
}

await build({ configFile: 'vite.bench.config.ts', logLevel: 'warn' });
const server = await preview({ configFile: 'vite.bench.config.ts', logLevel: 'warn', preview: { port: 4190, host: '127.0.0.1', strictPort: false } });
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
const browser = await launchBrowser();

console.log(`Map benchmark, headless Chromium (software rendering), 1280x800, ${TILES}; first render is the median of ${RUNS} fresh pages.\n`);
console.log('| Data | Markers at first | First render (ms) | Pan: frame p95 (ms) | Pan: longest (ms) | Pan: frames over 30 ms | Zoom: frame p95 (ms) | Zoom: longest (ms) | Zoom: frames over 30 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of SIZES) {
  const firstRenders: number[] = [];
  let frames = { pan: [0], zoom: [0] };
  let markers = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { page } = await openPage(browser, baseUrl);
    await readyPage(page, `${baseUrl}map.html?n=${size}${EXTRA}`);
    firstRenders.push(await page.evaluate(() => window.renderMap?.() ?? Promise.resolve(Number.NaN)));
    if (run === RUNS - 1) {
      markers = await page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon.marker, .leaflet-marker-icon.cluster').length);
      // The basemap is drawn just after the first frame; frames are measured once it is there.
      await page.locator('.leaflet-basemap-pane path').first().waitFor();
      await page.waitForTimeout(300);
      frames = await panAndZoom(page);
    }
    await page.context().close();
  }
  const label = size === 'real' ? 'real' : `synthetic ${Number(size).toLocaleString('en-US')}`;
  console.log(`| ${label} | ${markers} | ${median(firstRenders).toFixed(0)} | ${frameColumns(frames.pan)} | ${frameColumns(frames.zoom)} |`);
}
await browser.close();
await server.close();
