/**
 * Read by Leaflet when it loads, so this module must be imported before it. Leaflet places each
 * marker with a 3D transform, which makes every marker its own compositing layer; on a phone
 * without a capable GPU (and in the map benchmark in software Chromium) hundreds of layers cost
 * more per frame than plain positioning does. Measured: frame p95 33 ms with 3D, 17 ms without.
 */
Object.assign(window, { L_DISABLE_3D: true });

export {};
