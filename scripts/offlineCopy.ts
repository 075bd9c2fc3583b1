import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable, offline app. After one visit the code, every listing and the boundaries are kept on
 * the device; each language's files are kept once they have been used. A new version waits until the
 * user accepts it, then every open tab reloads onto it together, so no page is left asking for files
 * the new version removed.
 */
export const offlineCopy: Partial<VitePWAOptions> = {
  injectRegister: false,
  registerType: 'prompt',
  manifest: {
    name: 'Chicago Help Map',
    short_name: 'Help Map',
    description: 'Free legal help, shelter, food, health care and other services in Chicago, in a private directory that works on any phone.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#123c69',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // The open data (dist/hsds) is for other directories to take, not for this device to keep.
    globIgnores: ['assets/lang/**', 'hsds/**'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/assets/lang/'),
        handler: 'CacheFirst',
        // Servers that answer "Vary: Origin" would otherwise never match the page's own module requests.
        options: { cacheName: 'helpmap-languages', expiration: { maxEntries: 60 }, matchOptions: { ignoreVary: true } },
      },
    ],
  },
};
