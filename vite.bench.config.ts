import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { validatedDataModules } from './scripts/validatedDataModules';

/** Builds bench/map.html, the map alone with real or synthetic data, the same way as the app. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'bench'),
  // The real data comes as the app gets it: the checked listings module.
  plugins: [react(), validatedDataModules(import.meta.dirname)],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    outDir: resolve(import.meta.dirname, 'dist-bench'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(import.meta.dirname, 'bench/map.html') },
  },
});
