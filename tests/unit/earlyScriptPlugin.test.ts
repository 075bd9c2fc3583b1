import { describe, expect, it } from 'vitest';
import { withEarlyScript } from '../../scripts/earlyScriptPlugin';

const PAGE = `<head>
    <meta charset="utf-8" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-def.js">
  </head>`;

describe('the early script in index.html', () => {
  it('comes before the app’s own script and preloads, and does not wait for them', () => {
    const html = withEarlyScript(PAGE, 'assets/early-123.js');
    const early = html.indexOf('<script type="module" async src="/assets/early-123.js"></script>');
    expect(early).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(early).toBeLessThan(html.indexOf('/assets/index-abc.js'));
    expect(early).toBeLessThan(html.indexOf('modulepreload'));
    expect(html.replace(/<script type="module" async src="\/assets\/early-123.js"><\/script>\n\s*/, '')).toBe(PAGE);
  });

  it('stops the build when the page has no module script to put it before', () => {
    expect(() => withEarlyScript('<head></head>', 'assets/early-123.js')).toThrow(/no module script/);
  });
});
