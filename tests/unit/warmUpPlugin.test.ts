import { describe, expect, it } from 'vitest';
import { withWarmUpScript } from '../../scripts/warmUpPlugin';

const PAGE = `<head>
    <meta charset="utf-8" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-def.js">
  </head>`;

describe('the warm-up script in index.html', () => {
  it('comes before the app’s own script and preloads, and does not wait for them', () => {
    const html = withWarmUpScript(PAGE, 'assets/warmUp-123.js');
    const warmUp = html.indexOf('<script type="module" async src="/assets/warmUp-123.js"></script>');
    expect(warmUp).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(warmUp).toBeLessThan(html.indexOf('/assets/index-abc.js'));
    expect(warmUp).toBeLessThan(html.indexOf('modulepreload'));
    expect(html.replace(/<script type="module" async src="\/assets\/warmUp-123.js"><\/script>\n\s*/, '')).toBe(PAGE);
  });

  it('stops the build when the page has no module script to put it before', () => {
    expect(() => withWarmUpScript('<head></head>', 'assets/warmUp-123.js')).toThrow(/no module script/);
  });
});
