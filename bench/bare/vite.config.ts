import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { LEAFLET_AS_MODULE } from '../../scripts/leafletModule';
import { precompressPlugin } from '../../scripts/precompressPlugin';

/**
 * Builds the bare map page (bench/bare) the same way as the app (vite.config.ts): same Vite, React plugin,
 * target and asset handling. Its output goes outside the repository; scripts/bench-load.ts also passes outDir.
 */
export default defineConfig({
  root: import.meta.dirname,
  // Served like the app (Brotli copies), so the comparison is of the pages, not of the servers.
  plugins: [react(), precompressPlugin()],
  resolve: { alias: LEAFLET_AS_MODULE },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    outDir: '/tmp/bench-load/bare',
    emptyOutDir: true,
  },
});
