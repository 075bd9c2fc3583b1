import type { Plugin } from 'vite';
import { frameTexts, withFrameText } from './frameText';

const EARLY = /\/src\/app\/early\.ts$/;

/**
 * Puts the early script before the page's first module script. It comes before the app's own script and
 * preloads so that, on a server that opens six connections at most, it does not wait for one.
 */
export function withEarlyScript(html: string, fileName: string): string {
  const firstModule = html.indexOf('<script type="module"');
  if (firstModule === -1) throw new Error('earlyScriptPlugin: index.html has no module script to put the early script before.');
  return `${html.slice(0, firstModule)}<script type="module" async src="/${fileName}"></script>\n    ${html.slice(firstModule)}`;
}

/**
 * Builds src/app/early.ts as a file of its own and loads it from index.html with `async`, so it runs the
 * moment it arrives, long before the app's code, which needs React and the listings first. (Vite joins
 * every module script written in index.html into the one entry, so it cannot simply be listed there.)
 * The page also gets the first frame's words in every language, which the early script chooses from.
 */
export function earlyScriptPlugin(): Plugin {
  return {
    name: 'early-script',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: '/src/app/early.ts', name: 'early' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && EARLY.test(output.facadeModuleId ?? ''));
        if (!chunk) throw new Error('earlyScriptPlugin: the build has no early chunk (src/app/early.ts).');
        return withEarlyScript(withFrameText(html, frameTexts()), chunk.fileName);
      },
    },
  };
}
