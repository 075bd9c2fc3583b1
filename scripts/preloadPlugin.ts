import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

// Every visit needs the listings, the search code and the map at once: fetching them beside the app's own
// code, instead of after it has started, saves a round trip, which on a slow mobile network is over half a second.
const MAP = /\/src\/map\/ServiceMap\.tsx$/;
const PRELOADED = [/^\0virtual:listings$/, /\/src\/search\/searchIndex\.ts$/, MAP];

/** The chunk and the chunks it imports statically: a module runs only once all of them are here. */
function withStaticImports(bundle: OutputBundle, chunk: OutputChunk, seen: Set<string>): OutputChunk[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  return [
    chunk,
    ...chunk.imports.flatMap((file) => {
      const imported = bundle[file];
      return imported?.type === 'chunk' ? withStaticImports(bundle, imported, seen) : [];
    }),
  ];
}

export function preloadPlugin(): Plugin {
  return {
    name: 'preload-data-and-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const base = '/';
        const entries = Object.values(bundle).flatMap((output) => (output.type === 'chunk' && output.isEntry ? [output] : []));
        // What the page loads anyway: the entry and its static imports.
        const seen = new Set<string>();
        for (const entry of entries) withStaticImports(bundle, entry, seen);
        const wanted = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' && PRELOADED.some((pattern) => pattern.test(output.facadeModuleId ?? '')) ? [output] : [],
        );
        return wanted.flatMap((chunk): HtmlTagDescriptor[] => {
          // The map is drawn last: on a slow network the listings and the search code should not share the line with it.
          const priority = MAP.test(chunk.facadeModuleId ?? '') ? { fetchpriority: 'low' } : {};
          const chunks = withStaticImports(bundle, chunk, seen);
          const styles = chunks.flatMap((imported) => [...(imported.viteMetadata?.importedCss ?? [])]);
          return [
            ...chunks.map((imported) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${imported.fileName}`, ...priority },
              injectTo: 'head' as const,
            })),
            // crossorigin as Vite's loader asks for it, or the browser fetches the sheet a second time.
            ...styles.map((file) => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}`, ...priority },
              injectTo: 'head' as const,
            })),
          ];
        });
      },
    },
  };
}
