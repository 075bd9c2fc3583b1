import { z } from 'zod/mini';

export interface TileConfig {
  url: string;
  attribution: string;
}

export const DEFAULT_TILES: TileConfig = Object.freeze({
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
});

const tileUrl = z.string().check(
  z.regex(/^https?:\/\/[^\s]+$/, 'must be an http or https address'),
  z.refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), 'must contain {z}, {x} and {y}'),
);

const tileEnv = z.object({
  VITE_TILE_URL: z.optional(tileUrl),
  VITE_TILE_ATTRIBUTION: z.optional(z.string().check(z.trim(), z.minLength(1))),
});

/** Reads the tile server from the build's environment; a bad setting falls back to OpenStreetMap, loudly. */
export function readTileConfig(env: Record<string, unknown>): TileConfig {
  const parsed = tileEnv.safeParse({
    VITE_TILE_URL: env.VITE_TILE_URL || undefined,
    VITE_TILE_ATTRIBUTION: env.VITE_TILE_ATTRIBUTION || undefined,
  });
  if (!parsed.success) {
    console.error(`Map tile settings ignored: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    return DEFAULT_TILES;
  }
  const { VITE_TILE_URL: url, VITE_TILE_ATTRIBUTION: attribution } = parsed.data;
  if (!url) return DEFAULT_TILES;
  return { url, attribution: attribution ?? '' };
}

/** The tile server's origin (scheme, host and port), for the privacy page and the Content-Security-Policy. */
export function tileOrigin(tiles: TileConfig): URL {
  return new URL(new URL(tiles.url.replace(/\{[a-z]+\}/g, '0')).origin);
}
