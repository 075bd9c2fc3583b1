import type { Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from './securityHeaders';

/**
 * Puts the Content-Security-Policy in the built page (for hosts that cannot set headers) and writes
 * `_headers`, the file Netlify and Cloudflare Pages read, with the full set of headers.
 */
export function securityPlugin(env: Record<string, unknown>): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(env, { forHeader: false }) },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      const lines = Object.entries(securityHeaders(env)).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
