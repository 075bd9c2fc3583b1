import type { Plugin } from 'vite';

const WARM_UP = /\/src\/app\/warmUp\.ts$/;

/**
 * Puts the warm-up script before the page's first module script. It comes before the app's own script and
 * preloads so that, on a server that opens six connections at most, it does not wait for one.
 */
export function withWarmUpScript(html: string, fileName: string): string {
  const firstModule = html.indexOf('<script type="module"');
  if (firstModule === -1) throw new Error('warmUpPlugin: index.html has no module script to put the warm-up script before.');
  return `${html.slice(0, firstModule)}<script type="module" async src="/${fileName}"></script>\n    ${html.slice(firstModule)}`;
}

/**
 * Builds src/app/warmUp.ts as a file of its own and loads it from index.html with `async`, so it runs the
 * moment it arrives, long before the app's code, which needs React and the listings first. (Vite joins
 * every module script written in index.html into the one entry, so it cannot simply be listed there.)
 */
export function warmUpPlugin(): Plugin {
  return {
    name: 'warm-up-script',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: '/src/app/warmUp.ts', name: 'warmUp' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && WARM_UP.test(output.facadeModuleId ?? ''));
        if (!chunk) throw new Error('warmUpPlugin: the build has no warm-up chunk (src/app/warmUp.ts).');
        return withWarmUpScript(html, chunk.fileName);
      },
    },
  };
}
