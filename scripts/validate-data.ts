import { dataProblems } from './dataProblems';

const root = process.argv[2] ?? process.cwd();
const { messages, recordCount, fileCount } = dataProblems(root);

if (messages.length > 0) {
  console.error(messages.join('\n'));
  console.error(`\n${messages.length} problem(s) in ${fileCount} data file(s).`);
  process.exit(1);
}
console.log(`${recordCount} records and their translations in ${fileCount} data files: all valid.`);
