import { build, type InlineConfig } from 'vite';

/**
 * Builds what users get: React's production code and the offline copy. Vitest sets NODE_ENV=test,
 * which would otherwise give a development build.
 */
export async function buildForProduction(config: InlineConfig): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configLoader: 'runner', ...config });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
