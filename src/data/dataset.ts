import type { ServiceRecord } from './schema';

/**
 * Every listing, in file-name order. The files were checked against the schema when the app was built
 * (scripts/validatedDataModules.ts): a bad record stops the build, so none can reach the browser.
 * They come as one file of their own, fetched beside the app's code (scripts/preloadPlugin.ts).
 */
export async function loadDataset(): Promise<ServiceRecord[]> {
  return (await import('virtual:listings')).default;
}
