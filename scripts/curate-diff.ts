/**
 * Lists, field by field, what changed in data/records since a git ref (new, changed, closed listings),
 * for a second person to read before the data is published.
 * Usage: npm run curate:diff -- <git ref>
 */
import { execFileSync } from 'node:child_process';
import { diffRecords, formatDiff } from './curate/recordDiff';
import { readDataFiles, RECORDS_DIR } from './readDataFiles';

const [ref] = process.argv.slice(2);
if (!ref) {
  console.error('Usage: npm run curate:diff -- <git ref>   (for example main, HEAD~3 or a commit id)');
  process.exit(2);
}

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

let files: string[];
try {
  files = git('ls-tree', '--name-only', `${ref}:${RECORDS_DIR}`).split('\n').filter((name) => name.endsWith('.json'));
} catch {
  console.error(`"${ref}" is not a git ref with a ${RECORDS_DIR} folder.`);
  process.exit(2);
}

const before = new Map<string, unknown[]>();
for (const name of files) {
  const file = `${RECORDS_DIR}/${name}`;
  try {
    const content: unknown = JSON.parse(git('show', `${ref}:${file}`));
    before.set(file, Array.isArray(content) ? content : []);
  } catch {
    console.error(`${file} at ${ref} is not valid JSON; compared as empty.`);
    before.set(file, []);
  }
}

const { files: current, unreadable } = readDataFiles(process.cwd());
for (const problem of unreadable) console.error(`${problem}; compared as empty.`);
const after = new Map(current.map(({ file, content }) => [file, Array.isArray(content) ? content : []]));
console.log(formatDiff(diffRecords(before, after), ref));
