import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildForProduction } from '../../scripts/productionBuild';
import { missingFontDirs } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the production bundle (which validates the data) and serves it on localhost. */
export async function setup(project: TestProject): Promise<void> {
  const missing = missingFontDirs();
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests render with a fixed set of fonts, and this machine lacks ${missing.join(', ')}. ` +
        'Install them with: apt-get install fonts-dejavu-core fonts-noto-core fonts-noto-cjk (bash .ci/run does).',
    );
  }
  await buildForProduction({ logLevel: 'warn' });
  server = await preview({ logLevel: 'warn', configLoader: 'runner', preview: { port: 4180, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
