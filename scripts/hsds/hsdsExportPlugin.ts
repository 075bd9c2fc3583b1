import type { Plugin } from 'vite';
import { validateDataset } from '../../src/data/validate';
import { readDataFiles } from '../readDataFiles';
import { exportDataset } from './exportDataset';

/**
 * Publishes the listings as an Open Referral HSDS 3.0 dataset in dist/hsds/, each file checked against
 * the specification's schemas; a build whose export does not validate fails, naming file, listing and path.
 */
export function hsdsExportPlugin(root = process.cwd()): Plugin {
  return {
    name: 'hsds-export',
    apply: 'build',
    generateBundle() {
      const { files, problems } = exportDataset(validateDataset(readDataFiles(root).files).records, root);
      if (problems.length > 0) this.error(`The HSDS export does not validate:\n${problems.slice(0, 50).join('\n')}`);
      for (const [file, source] of files) this.emitFile({ type: 'asset', fileName: `hsds/${file}`, source });
    },
  };
}
