import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TILES, readTileConfig, tileOrigin } from '../../src/map/tileConfig';

describe('the tile server setting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is OpenStreetMap when nothing is set', () => {
    expect(readTileConfig({})).toEqual(DEFAULT_TILES);
    expect(readTileConfig({ VITE_TILE_URL: '  ' })).toEqual(DEFAULT_TILES);
  });

  it('takes a template with {z}, {x} and {y}, and its attribution', () => {
    expect(readTileConfig({ VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', VITE_TILE_ATTRIBUTION: ' Example ' })).toEqual({
      url: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: 'Example',
    });
    expect(tileOrigin(readTileConfig({ VITE_TILE_URL: 'http://127.0.0.1:9000/t/{z}/{x}/{y}.png' })).origin).toBe('http://127.0.0.1:9000');
  });

  it('falls back to OpenStreetMap and says why when the address is unusable', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readTileConfig({ VITE_TILE_URL: 'javascript:alert(1)//{z}/{x}/{y}' })).toEqual(DEFAULT_TILES);
    expect(readTileConfig({ VITE_TILE_URL: 'https://tiles.example.org/tile.png' })).toEqual(DEFAULT_TILES);
    expect(error.mock.calls.map(([message]) => String(message))).toEqual([
      'Map tile settings ignored: VITE_TILE_URL must be an http or https address',
      'Map tile settings ignored: VITE_TILE_URL must contain {z}, {x} and {y}',
    ]);
  });
});
