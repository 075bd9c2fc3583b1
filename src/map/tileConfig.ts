export interface TileConfig {
  url: string;
  attribution: string;
}

export const DEFAULT_TILES: TileConfig = Object.freeze({
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
});

/** What is wrong with a tile address template, or null when it is usable. */
function tileUrlProblem(url: string): string | null {
  if (!/^https?:\/\/\S+$/.test(url)) return 'must be an http or https address';
  if (!['{z}', '{x}', '{y}'].every((part) => url.includes(part))) return 'must contain {z}, {x} and {y}';
  return null;
}

function setting(env: Record<string, unknown>, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Reads the tile server from the build's environment; a bad setting falls back to OpenStreetMap, loudly. */
export function readTileConfig(env: Record<string, unknown>): TileConfig {
  const url = setting(env, 'VITE_TILE_URL');
  if (url === undefined) return DEFAULT_TILES;
  const problem = tileUrlProblem(url);
  if (problem !== null) {
    console.error(`Map tile settings ignored: VITE_TILE_URL ${problem}`);
    return DEFAULT_TILES;
  }
  return { url, attribution: setting(env, 'VITE_TILE_ATTRIBUTION') ?? '' };
}

/** The tile server's origin (scheme, host and port), for the privacy page and the Content-Security-Policy. */
export function tileOrigin(tiles: TileConfig): URL {
  return new URL(new URL(tiles.url.replace(/\{[a-z]+\}/g, '0')).origin);
}
