import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { validateDataPlugin } from './scripts/validateDataPlugin';

export default defineConfig({
  plugins: [react(), validateDataPlugin()],
  build: {
    target: 'es2022',
    // Small images stay files, so a strict Content-Security-Policy needs no data: URLs.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173 },
  server: { port: 5173 },
});
