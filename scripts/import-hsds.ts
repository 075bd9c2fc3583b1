/**
 * Takes in an Open Referral HSDS 3.0 dataset (JSON, a folder of JSON files, or the tabular form) and
 * writes the changes it proposes to review/hsds/ for the curators' workbench. Nothing is written to data/.
 * Usage: npm run import:hsds -- <file or folder> [--name "Feed name"] [--date YYYY-MM-DD] [--url https://…] [--data <folder holding data/>] [--today YYYY-MM-DD]
 */
import { loadStore } from './curate/recordStore';
import { datapackageTables } from './hsds/datapackageTables';
import { proposeFromFeed } from './hsds/feed/proposeFromFeed';
import { writeReview } from './hsds/feed/reviewFile';
import { serviceChecker } from './hsds/validateHsds';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const path = args[0];
const today = option('--today') ?? new Date().toISOString().slice(0, 10);
const date = option('--date');
if (!path || path.startsWith('--') || !/^\d{4}-\d{2}-\d{2}$/.test(today) || (date !== undefined && !/^\d{4}(-\d{2}){0,2}$/.test(date))) {
  console.error('Usage: npm run import:hsds -- <file or folder> [--name "Feed name"] [--date YYYY-MM-DD] [--url https://…] [--data <folder>]');
  process.exit(2);
}
const root = option('--data') ?? process.cwd();
const name = option('--name');
const url = option('--url');
const started = performance.now();
const result = proposeFromFeed(
  path,
  { records: loadStore(root).records.map(({ record }) => record), tables: datapackageTables().tables, check: serviceChecker(), today },
  { ...(name ? { name } : {}), ...(date ? { date } : {}), ...(url ? { url } : {}) },
);
if (!result.ok) {
  console.error(`Refused: the feed does not validate (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}); nothing was written.`);
  for (const problem of result.problems.slice(0, 50)) console.error(`  ${problem}`);
  if (result.problems.length > 50) console.error(`  … and ${result.problems.length - 50} more`);
  process.exit(1);
}
const { review } = result;
const count = (kind: string) => review.proposals.filter((proposal) => proposal.kind === kind).length;
const file = writeReview(root, review);
console.log(`${review.feed.name} (${review.feed.date}): ${review.services} services, ${review.matched} matched to listings, ${review.ambiguous.length} ambiguous.`);
console.log(`Proposed: ${count('change')} changes, ${count('new')} new services, ${count('closed')} closures, in ${file}.`);
for (const ambiguous of review.ambiguous) console.log(`  Ambiguous: "${ambiguous.name}" (${ambiguous.service}) fits ${ambiguous.candidates.join(', ')}`);
console.log(`Review them in the workbench (npm run curate); nothing was written to data/. Took ${Math.round(performance.now() - started)} ms.`);
