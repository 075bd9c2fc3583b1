import type { Plugin } from 'vite';

// Every visit needs the listings and the map at once: fetching them beside the app's own code, instead
// of after it has started, saves a round trip, which on a slow mobile network is over half a second.
const PRELOADED = [/\/data\/records\/[^/]+\.json$/, /\/src\/map\/ServiceMap\.tsx$/];

export function preloadPlugin(): Plugin {
  return {
    name: 'preload-data-and-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const base = '/';
        return Object.values(bundle).flatMap((output) => {
          if (output.type !== 'chunk' || !PRELOADED.some((pattern) => pattern.test(output.facadeModuleId ?? ''))) return [];
          const css = [...(output.viteMetadata?.importedCss ?? [])].map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
          return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${output.fileName}` }, injectTo: 'head' as const }, ...css];
        });
      },
    },
  };
}
