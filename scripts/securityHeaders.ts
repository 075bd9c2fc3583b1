import { readTileConfig, tileOrigin } from '../src/map/tileConfig';

/**
 * The Content-Security-Policy: the app's own files only, plus images from the tile server. No inline
 * script or style, no eval, no frames, no plugins, and no connection to any other site.
 */
export function contentSecurityPolicy(env: Record<string, unknown>, { forHeader }: { forHeader: boolean }): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Leaflet points a removed tile at a data: image to cancel its download; an image cannot run script.
    `img-src 'self' data: ${tileOrigin(readTileConfig(env)).origin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a <meta> tag; it only works as a header.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** The headers the production server sends with every response; README shows how to set them on a static host. */
export function securityHeaders(env: Record<string, unknown>): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env, { forHeader: true }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), payment=(), geolocation=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
