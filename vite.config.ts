import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readDataFiles } from './scripts/readDataFiles';
import { formatProblem, validateDataset } from './src/data/validate';

/** Runs the same validation as `npm run validate:data`, so a bad record can never ship. */
function validateDataPlugin(): Plugin {
  return {
    name: 'validate-data',
    apply: 'build',
    buildStart() {
      const { files, unreadable } = readDataFiles(process.cwd());
      const { problems } = validateDataset(files);
      const messages = [...unreadable, ...problems.map(formatProblem)];
      if (messages.length > 0) this.error(`Invalid data, nothing was built:\n${messages.join('\n')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateDataPlugin()],
  build: {
    target: 'es2022',
    // Small images stay files, so a strict Content-Security-Policy needs no data: URLs.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
