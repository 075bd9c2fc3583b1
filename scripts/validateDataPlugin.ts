import type { Plugin } from 'vite';
import { dataProblems } from './dataProblems';

/** Runs the same validation as `npm run validate:data` before every build, so a bad record can never ship. */
export function validateDataPlugin(root = process.cwd()): Plugin {
  return {
    name: 'validate-data',
    apply: 'build',
    buildStart() {
      const { messages } = dataProblems(root);
      if (messages.length > 0) this.error(`Invalid data, nothing was built:\n${messages.join('\n')}`);
    },
  };
}
