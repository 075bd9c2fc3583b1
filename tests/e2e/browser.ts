import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  small: { width: 320, height: 640 },
} as const;

const TILE_HOST = 'tile.openstreetmap.org';

// A 1x1 light-grey PNG: Leaflet stretches it over the tile, which is all the tests need to see tiles "load".
export const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVQI12P4//8/AAX+Av7czFnnAAAAAElFTkSuQmCC',
  'base64',
);

/** The fonts Chromium renders with (fonts.conf): the same on every machine, so that lines and pages break alike. */
export const FONTS_CONFIG = resolve(import.meta.dirname, 'fonts.conf');
export const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto'];

/** The font folders fonts.conf names that this machine lacks: the tests refuse to run without them. */
export function missingFontDirs(): string[] {
  return FONT_DIRS.filter((dir) => !existsSync(dir));
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONFIG },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One browser for a test file, launched before its tests and closed after them: call the result to get it. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start: see the error from launchBrowser.');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Requests to anywhere but the app's own server and the tile server. */
  strayRequests: string[];
  tileRequests: string[];
  /** Every address asked of the app's own server. */
  appRequests: string[];
  pageErrors: string[];
  dialogs: string[];
}

export interface PageOptions {
  viewport?: keyof typeof VIEWPORTS;
  /** Simulate an unreachable tile server. */
  tilesDown?: boolean;
  /** The device's position, and whether the page may read it (otherwise the request is denied). */
  geolocation?: { latitude: number; longitude: number };
  allowLocation?: boolean;
  /** The browser's language (navigator.languages). */
  locale?: string;
  /**
   * Let the app install its offline copy. Off by default: a service worker answers from its cache
   * without the requests passing the test's router, which other tests count.
   */
  serviceWorkers?: boolean;
}

/** A page whose network never leaves the machine: tiles are stubbed, anything else external is refused and recorded. */
export async function openPage(browser: Browser, baseUrl: string, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    geolocation: options.geolocation,
    permissions: options.allowLocation ? ['geolocation'] : [],
    locale: options.locale ?? 'en-US',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  await context.addInitScript(recordPolicyViolations);
  const page = await context.newPage();
  const opened: OpenedPage = { page, strayRequests: [], tileRequests: [], appRequests: [], pageErrors: [], dialogs: [] };
  const appOrigin = new URL(baseUrl).origin;

  await page.route('**/*', async (route, request: Request) => {
    const url = new URL(request.url());
    if (url.origin === appOrigin) {
      opened.appRequests.push(request.url());
      return route.continue();
    }
    if (url.host === TILE_HOST) {
      opened.tileRequests.push(request.url());
      if (options.tilesDown) return route.abort('connectionrefused');
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
    }
    opened.strayRequests.push(request.url());
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Runs in the page before its own scripts: keeps every Content-Security-Policy violation it reports. */
function recordPolicyViolations() {
  const seen: string[] = [];
  Object.defineProperty(window, '__policyViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

/** The Content-Security-Policy violations the page has reported so far. */
export async function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen: unknown = Reflect.get(window, '__policyViolations');
    return Array.isArray(seen) ? seen.map(String) : ['(the violation recorder did not run)'];
  });
}

export async function shownCardIds(page: Page): Promise<string[]> {
  return page.locator('.cards article[data-record-id]').evaluateAll((cards) =>
    cards.map((card) => card.getAttribute('data-record-id') ?? ''),
  );
}

/** Single markers plus the services inside each cluster marker, as drawn now. */
export async function servicesOnMap(page: Page): Promise<number> {
  return page.locator('.leaflet-marker-icon.marker, .leaflet-marker-icon.cluster').evaluateAll((markers) =>
    markers.reduce((sum, marker) => {
      const label = marker.getAttribute('aria-label') ?? '';
      return sum + (marker.classList.contains('cluster') ? Number(/^\d+/.exec(label)?.[0] ?? 0) : 1);
    }, 0),
  );
}

export async function shownMarkerIds(page: Page): Promise<string[]> {
  return page.locator('.leaflet-marker-icon[data-record-id]').evaluateAll((markers) =>
    markers.map((marker) => marker.getAttribute('data-record-id') ?? ''),
  );
}

/** The search state in a page's address: after the #, where no server ever sees it. */
export function stateIn(url: string): URLSearchParams {
  return new URLSearchParams(new URL(url).hash.slice(1));
}
