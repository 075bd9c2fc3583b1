import { validateDataset, type ValidatedDataset } from './validate';

// The same files and the same validation as `npm run validate:data`; the build fails before bad data ships.
// Each file is its own chunk, fetched in parallel, so the data does not weigh on the app's own code.
const loaders = import.meta.glob<unknown>('../../data/records/*.json', { import: 'default' });

export async function loadDataset(): Promise<ValidatedDataset> {
  const files = await Promise.all(
    Object.entries(loaders)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, load]) => ({ file: path.replace(/^(\.\.\/)+/, ''), content: await load() })),
  );
  return validateDataset(files);
}
