/**
 * Load-time benchmark: the app's production build beside a bare page (bench/bare: a heading and a
 * react-leaflet map, same Vite, React and Leaflet) on an emulated mid-range phone: 390x844, CPU slowed
 * 4x and Lighthouse's "Slow 4G" network, cold cache, a fresh browser context per run. Tiles are stubbed
 * with a 1x1 PNG and every other outside request is refused, so nothing leaves the machine.
 *
 * "Usable" is timed by the page's own clock (performance.now(), from navigation start):
 * - app (/?q=legal): the search box is enabled, a result card is visible and the map's .leaflet-container exists;
 * - bare: the map exists with its tile pane (or a tile has loaded).
 * "List" is the app's first moment with the search box enabled and a card visible, map or no map: when the
 * directory can be read and searched. The ratio is taken on "usable", which waits for the map as well.
 * "Files in" is when the last of the page's own scripts and style sheets in by then finished arriving; what is
 * left after it is the main thread's work (running the code, building the index, rendering, layout).
 * The goal is "usable no later than 1.3x the bare page"; missing it is reported, not an error (exit code 0).
 *
 * Usage: tsx scripts/bench-load.ts [--runs N] [--warmup N]   (npm run bench:load)
 * Builds into /tmp/bench-load/{app,bare}; writes /tmp/bench-load/result.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser, TILE_PNG } from '../tests/e2e/browser';
import { buildForProduction } from './productionBuild';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = '/tmp/bench-load';
const APP_OUT = `${OUT}/app`;
const BARE_OUT = `${OUT}/bare`;
const BARE_CONFIG = resolve(ROOT, 'bench/bare/vite.config.ts');
const RESULT_FILE = `${OUT}/result.json`;
const GOAL_RATIO = 1.3;
const TIMEOUT_MS = 180_000;

const VIEWPORT = { width: 390, height: 844 };
const TILE_HOST = 'tile.openstreetmap.org';
/** Lighthouse / DevTools "Slow 4G" (what Lighthouse calls mobileSlow4G), applied through the DevTools protocol. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;

type PageName = 'app' | 'bare';

interface Run {
  page: PageName;
  run: number;
  /** Milliseconds from navigation start, by the page's clock. */
  usable: number;
  /** The app: when the search box and a result card were there, with or without the map. */
  list: number;
  /** When the last of the page's own scripts and style sheets that had arrived by "usable" finished arriving. */
  arrived: number;
  fcp: number;
  load: number;
  /** Encoded (on the wire) bytes of every finished response, and of those from the page's own server. */
  bytes: number;
  ownBytes: number;
  requests: number;
  /** Each response from the page's own server, in the order it finished. */
  files: { path: string; bytes: number }[];
  tiles: number;
  strays: string[];
  pageErrors: string[];
}

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number, got ${process.argv[at + 1] ?? 'nothing'}.`);
  return value;
}

const RUNS = Math.max(1, numberArg('--runs', 7));
const WARMUP = numberArg('--warmup', 1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return url;
}

/**
 * The app at /?q=legal: the search box takes input, a result card shows and the map container exists.
 * The first time the list alone is ready is noted on the page (data-bench-list) for the "list" column.
 */
function appUsable(): number | false {
  const input = document.querySelector('input[type="search"]');
  const cards = Array.from(document.querySelectorAll('.cards article[data-record-id]'));
  const cardShown = cards.some((card) => {
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(card).visibility !== 'hidden';
  });
  const listReady = input instanceof HTMLInputElement && !input.disabled && cardShown;
  const marks = document.documentElement.dataset;
  if (listReady) marks.benchList ??= String(performance.now());
  return listReady && document.querySelector('.leaflet-container') !== null ? performance.now() : false;
}

/** The bare page: the map exists with its tile pane (a loaded tile implies it too). */
function bareUsable(): number | false {
  const ready =
    document.querySelector('.leaflet-container .leaflet-tile-loaded') !== null ||
    document.querySelector('.leaflet-container .leaflet-tile-pane') !== null;
  return ready ? performance.now() : false;
}

async function measure(browser: Browser, name: PageName, baseUrl: string, run: number): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page: Page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const strays: string[] = [];
  const pageErrors: string[] = [];
  let tiles = 0;
  await page.route('**/*', async (route, request) => {
    const url = new URL(request.url());
    if (url.origin === origin) return route.continue();
    if (url.host === TILE_HOST) {
      tiles += 1;
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
    }
    strays.push(request.url());
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  let bytes = 0;
  let ownBytes = 0;
  let requests = 0;
  const files: { path: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    requests += 1;
    bytes += event.encodedDataLength;
    const address = urls.get(event.requestId) ?? '';
    if (address.startsWith(origin)) {
      ownBytes += event.encodedDataLength;
      files.push({ path: address.slice(origin.length), bytes: event.encodedDataLength });
    }
  });
  await cdp.send('Network.enable');
  // A fresh context starts with an empty cache: that is the cold first visit. Disabling the cache as well
  // would also stop the page from using what it preloaded, which no real first visit does.
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  const url = name === 'app' ? `${baseUrl}?q=legal` : baseUrl;
  // Resolves once the response starts: the polling below then runs in the new document from its beginning.
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  const handle = await page.waitForFunction(name === 'app' ? appUsable : bareUsable, undefined, { polling: 50, timeout: TIMEOUT_MS });
  const usable = await handle.jsonValue();
  const list = name === 'app' ? Number(await page.evaluate(() => document.documentElement.dataset.benchList)) : Number.NaN;
  const arrived =
    usable === false
      ? Number.NaN
      : await page.evaluate(
          `Math.max(0, ...performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(location.origin) && /\\.(js|css)$/.test(entry.name) && entry.responseEnd <= ${usable}).map((entry) => entry.responseEnd))`,
        );
  await page.waitForLoadState('load', { timeout: TIMEOUT_MS });
  // The paint entry is queued after the frame is presented, which can be just after "usable" and "load".
  await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint', 'paint').length > 0, undefined, { polling: 50, timeout: 10_000 })
    .catch(() => undefined);
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
    return {
      load: navigation instanceof PerformanceNavigationTiming ? navigation.loadEventStart : Number.NaN,
      fcp: fcp ? fcp.startTime : Number.NaN,
    };
  });
  // Responses still arriving (late tiles, the lazy chunks after "usable") count toward the page's bytes.
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS }).catch(() => undefined);
  await context.close();
  return { page: name, run, usable: usable === false ? Number.NaN : usable, list, arrived: Number(arrived), ...timing, bytes, ownBytes, requests, files, tiles, strays, pageErrors };
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(0) : 'n/a';
}

function kb(value: number): string {
  return `${(value / 1024).toFixed(1)} KiB`;
}

await mkdir(OUT, { recursive: true });
console.log('Building the app and the bare page...');
await buildForProduction({ root: ROOT, logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } });
await buildForProduction({ configFile: BARE_CONFIG, logLevel: 'warn', build: { outDir: BARE_OUT, emptyOutDir: true } });

const previewOptions = { port: 4310, strictPort: false, host: '127.0.0.1' };
const appServer = await preview({ root: ROOT, configLoader: 'runner', logLevel: 'warn', build: { outDir: APP_OUT }, preview: previewOptions });
const bareServer = await preview({ configFile: BARE_CONFIG, configLoader: 'runner', logLevel: 'warn', build: { outDir: BARE_OUT }, preview: previewOptions });
const bases: Record<PageName, string> = { app: urlOf(appServer), bare: urlOf(bareServer) };

const browser = await launchBrowser();

const runs: Run[] = [];
try {
  console.log(
    `Load benchmark: ${VIEWPORT.width}x${VIEWPORT.height}, CPU ${CPU_SLOWDOWN}x slower, Slow 4G (${SLOW_4G.latency} ms, ${SLOW_4G.downloadThroughput / 1000} kB/s down), cold cache; ` +
      `${RUNS} runs each, alternating${WARMUP > 0 ? `, after ${WARMUP} unmeasured warm-up pair(s)` : ''}.`,
  );
  for (let run = -WARMUP; run < RUNS; run += 1) {
    for (const name of ['app', 'bare'] satisfies PageName[]) {
      const result = await measure(browser, name, bases[name], run);
      const label = run < 0 ? 'warm-up' : `run ${run + 1}`;
      console.log(
        `  ${label.padEnd(7)} ${name.padEnd(4)} usable ${ms(result.usable).padStart(6)} ms  list ${ms(result.list).padStart(6)} ms  files in ${ms(result.arrived).padStart(6)} ms  FCP ${ms(result.fcp).padStart(6)} ms  load ${ms(result.load).padStart(6)} ms  ${kb(result.bytes)} in ${result.requests} responses`,
      );
      if (result.strays.length > 0) console.log(`    refused outside requests: ${result.strays.join(', ')}`);
      if (result.pageErrors.length > 0) console.log(`    page errors: ${result.pageErrors.join(' | ')}`);
      if (run >= 0) runs.push(result);
    }
  }
} finally {
  await browser.close();
  await appServer.close();
  await bareServer.close();
}

function summary(name: PageName) {
  const mine = runs.filter((run) => run.page === name);
  return {
    usable: median(mine.map((run) => run.usable)),
    list: median(mine.map((run) => run.list)),
    arrived: median(mine.map((run) => run.arrived)),
    afterArrival: median(mine.map((run) => run.usable - run.arrived)),
    fcp: median(mine.map((run) => run.fcp)),
    load: median(mine.map((run) => run.load)),
    bytes: median(mine.map((run) => run.bytes)),
    ownBytes: median(mine.map((run) => run.ownBytes)),
    requests: median(mine.map((run) => run.requests)),
    tiles: median(mine.map((run) => run.tiles)),
  };
}

const medians = { app: summary('app'), bare: summary('bare') };
const ratio = medians.app.usable / medians.bare.usable;
const meetsGoal = ratio <= GOAL_RATIO;

console.log(`\nMedians of ${RUNS} runs (ms from navigation start):\n`);
console.log('| Page | Usable | List | Files in | Usable minus files in | FCP | Load | Transferred (all) | From own server | Responses |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const name of ['app', 'bare'] satisfies PageName[]) {
  const m = medians[name];
  console.log(`| ${name} | ${ms(m.usable)} | ${ms(m.list)} | ${ms(m.arrived)} | ${ms(m.afterArrival)} | ${ms(m.fcp)} | ${ms(m.load)} | ${kb(m.bytes)} | ${kb(m.ownBytes)} | ${m.requests} |`);
}
console.log(`\nUsable ratio app/bare: ${ratio.toFixed(2)} (the list alone: ${(medians.app.list / medians.bare.usable).toFixed(2)})`);
console.log(
  meetsGoal
    ? `MEETS the goal: the app is usable no later than ${GOAL_RATIO}x the bare page.`
    : `DOES NOT MEET the goal: the app is usable ${ratio.toFixed(2)}x as late as the bare page (goal: at most ${GOAL_RATIO}x).`,
);

await writeFile(
  RESULT_FILE,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      settings: { viewport: VIEWPORT, cpuSlowdown: CPU_SLOWDOWN, network: SLOW_4G, runs: RUNS, warmup: WARMUP, appUrl: '/?q=legal' },
      medians,
      ratio,
      goalRatio: GOAL_RATIO,
      meetsGoal,
      runs,
    },
    null,
    2,
  )}\n`,
);
console.log(`Results written to ${RESULT_FILE}`);
