import type { AliasOptions } from 'vite';

/**
 * Leaflet's package names its UMD build, which the bundler must take whole; its ES module build lets it
 * leave out the parts the map never uses (1.3 KB less gzip). The app and the bare benchmark page both
 * resolve it this way, so that the two are still built alike.
 */
export const LEAFLET_AS_MODULE: AliasOptions = [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }];
