/**
 * Map benchmark in headless Chromium: time to the first frame with markers, and frame times while a
 * user drags and wheel-zooms the map, for the real data and 3,000 and 30,000 synthetic records.
 * Usage: tsx scripts/bench-map.ts [--quick]   (also run by `npm run bench`)
 */
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import '../bench/benchWindow';
import { launchBrowser, openPage } from '../tests/e2e/browser';

const RUNS = 3;
const SIZES = process.argv.includes('--quick') ? ['real', '3000'] : ['real', '3000', '30000'];
const EXTRA = process.argv.find((arg) => arg.startsWith('--extra='))?.slice('--extra='.length) ?? '';

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

/** Drags across the map and wheel-zooms in to street level and out again, as a person would. */
async function panAndZoom(page: Page): Promise<void> {
  const centre = { x: 640, y: 400 };
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let step = 1; step <= 12; step += 1) await page.mouse.move(centre.x + (dx * step) / 12, centre.y + (dy * step) / 12);
    await page.mouse.up();
    await page.waitForTimeout(350);
  };
  const wheel = async (deltaY: number) => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(450);
  };
  await drag(250, 0);
  await drag(-250, 120);
  for (let zoom = 0; zoom < 5; zoom += 1) await wheel(-120);
  await drag(300, 0);
  await drag(0, -200);
  for (let zoom = 0; zoom < 5; zoom += 1) await wheel(120);
  await drag(-200, 0);
}

const result = await build({ configFile: 'vite.bench.config.ts', logLevel: 'warn' });
void result;
const server = await preview({ configFile: 'vite.bench.config.ts', logLevel: 'warn', preview: { port: 4190, host: '127.0.0.1', strictPort: false } });
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
const browser = await launchBrowser();

console.log('| Data | Markers | First render median (ms) | Frames measured | Frame p95 (ms) | Longest frame (ms) | Frames over 30 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const size of SIZES) {
  const firstRenders: number[] = [];
  let frames: number[] = [];
  let markers = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const { page } = await openPage(browser, baseUrl);
    await readyPage(page, `${baseUrl}map.html?n=${size}${EXTRA}`);
    firstRenders.push(await page.evaluate(() => window.renderMap?.() ?? Promise.resolve(Number.NaN)));
    if (run === RUNS - 1) {
      markers = await page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length);
      await page.evaluate(() => window.startFrames?.());
      await panAndZoom(page);
      frames = await page.evaluate(() => window.stopFrames?.() ?? []);
    }
    await page.context().close();
  }
  const label = size === 'real' ? 'real' : `synthetic ${Number(size).toLocaleString('en-US')}`;
  console.log(
    `| ${label} | ${markers} drawn at first | ${median(firstRenders).toFixed(0)} | ${frames.length} | ${percentile(frames, 0.95).toFixed(1)} | ${Math.max(...frames).toFixed(1)} | ${frames.filter((frame) => frame > 30).length} |`,
  );
}
await browser.close();
await server.close();
