import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { workbenchApi, type WorkbenchOptions } from './workbenchApi';

const PAGE_ROOT = fileURLToPath(new URL('../../src/workbench/', import.meta.url));
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.vite-workbench/', import.meta.url));

/** Vite's development server on 127.0.0.1, with the workbench page and its API; nothing listens beyond this computer. */
export async function startWorkbench(options: WorkbenchOptions & { port?: number }): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await createServer({
    configFile: false,
    root: PAGE_ROOT,
    // Its own cache, so the workbench and the app's dev server never rebuild each other's.
    cacheDir: CACHE_DIR,
    logLevel: 'warn',
    plugins: [react(), workbenchApi(options)],
    server: { host: '127.0.0.1', port: options.port ?? 5180, strictPort: false },
    // The public app's data modules and service worker have no place here.
    optimizeDeps: { entries: ['index.html'] },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The workbench server did not report its address.');
  return { url, close: () => server.close() };
}
