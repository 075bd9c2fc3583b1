import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { APP_VERSION_DEFINE } from './scripts/appVersion';
import { earlyScriptPlugin } from './scripts/earlyScriptPlugin';
import { hsdsExportPlugin } from './scripts/hsds/hsdsExportPlugin';
import { LEAFLET_AS_MODULE } from './scripts/leafletModule';
import { offlineCopy } from './scripts/offlineCopy';
import { precompressPlugin } from './scripts/precompressPlugin';
import { preloadPlugin } from './scripts/preloadPlugin';
import { rightsByLanguagePlugin } from './scripts/rightsByLanguagePlugin';
import { securityHeaders } from './scripts/securityHeaders';
import { securityPlugin } from './scripts/securityPlugin';
import { validateDataPlugin } from './scripts/validateDataPlugin';
import { validatedDataModules } from './scripts/validatedDataModules';

// Interface catalogs, record translations and rights texts, one file per language: only the ones in use
// are fetched, and kept for offline use once they have been.
const LANGUAGE_FILE = /\/src\/i18n\/locales\/|virtual:record-translations\/|virtual:rights\//;

const SHARED_AT_START = new RegExp(
  [
    String.raw`node_modules/(react|react-dom|scheduler)/`,
    String.raw`/src/i18n/[^/]+\.ts$`,
    String.raw`virtual:record-translations$`,
    String.raw`/src/geo/(neighborhoods|areaCentre)\.ts$`,
    String.raw`/src/map/tileConfig\.ts$`,
  ].join('|'),
);

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    define: APP_VERSION_DEFINE,
    plugins: [react(), rightsByLanguagePlugin(), validatedDataModules(), validateDataPlugin(), preloadPlugin(), earlyScriptPlugin(), securityPlugin(env), hsdsExportPlugin(), VitePWA(offlineCopy), precompressPlugin()],
    build: {
      target: 'es2022',
      // Small images stay files, so a strict Content-Security-Policy needs no data: URLs.
      assetsInlineLimit: 0,
      // The polyfill would run inside the entry script, after its imports have arrived: by then the page's
      // own code asks for the listings, the search code and the map itself, so it would preload nothing.
      modulePreload: { polyfill: false },
      rollupOptions: {
        output: {
          // React, the interface text and the small modules that both the start and the lazily loaded parts
          // use, in one file: left alone, they come as five small files, and on a slow network each costs a round trip.
          codeSplitting: { groups: [{ name: 'shared', test: SHARED_AT_START }] },
          chunkFileNames: (chunk) => {
            if (LANGUAGE_FILE.test(chunk.facadeModuleId ?? '')) return 'assets/lang/[name]-[hash].js';
            return chunk.facadeModuleId === '\0virtual:listings' ? 'assets/listings-[hash].js' : 'assets/[name]-[hash].js';
          },
        },
      },
    },
    resolve: { alias: LEAFLET_AS_MODULE },
    preview: { port: 4173, headers: securityHeaders(env) },
    server: { port: 5173 },
  };
});
