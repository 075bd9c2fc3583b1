import type { Plugin } from 'vite';
import { formatProblem, validateDataset } from '../src/data/validate';
import { readDataFiles } from './readDataFiles';

/** Runs the same validation as `npm run validate:data` before every build, so a bad record can never ship. */
export function validateDataPlugin(root = process.cwd()): Plugin {
  return {
    name: 'validate-data',
    apply: 'build',
    buildStart() {
      const { files, unreadable } = readDataFiles(root);
      const { problems } = validateDataset(files);
      const messages = [...unreadable, ...problems.map(formatProblem)];
      if (messages.length > 0) this.error(`Invalid data, nothing was built:\n${messages.join('\n')}`);
    },
  };
}
