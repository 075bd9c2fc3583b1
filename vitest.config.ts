import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { APP_VERSION_DEFINE } from './scripts/appVersion';
import { rightsByLanguagePlugin } from './scripts/rightsByLanguagePlugin';
import { validatedDataModules } from './scripts/validatedDataModules';

export default defineConfig({
  define: APP_VERSION_DEFINE,
  plugins: [react(), rightsByLanguagePlugin(), validatedDataModules()],
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One Chromium at a time: the machine has two cores, and parallel browsers only make each slower.
          fileParallelism: false,
          // A cold Chromium start plus a lazily loaded map chunk can take several seconds on a loaded machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
