import { readDataFiles } from './readDataFiles';
import { formatProblem, validateDataset } from '../src/data/validate';

const root = process.argv[2] ?? process.cwd();
const { files, unreadable } = readDataFiles(root);
const { records, problems } = validateDataset(files);
const messages = [...unreadable, ...problems.map(formatProblem)];

if (messages.length > 0) {
  console.error(messages.join('\n'));
  console.error(`\n${messages.length} problem(s) in ${files.length + unreadable.length} data file(s).`);
  process.exit(1);
}
console.log(`${records.length} records in ${files.length} data files: all valid.`);
