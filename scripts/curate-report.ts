/**
 * The check queue's counts, for a scheduled job or CI: how many listings are overdue, due within 30
 * days, and never confirmed by phone, by kind. Exits 0, or 1 with --fail-if-overdue N when more than N
 * listings are overdue.
 * Usage: npm run curate:report [-- --fail-if-overdue N] [--today YYYY-MM-DD]
 */
import { HARM_TIERS, RECHECK_MONTHS, TIER_NAMES } from './curate/policy';
import { queueCounts } from './curate/queue';
import { workbenchState } from './curate/service';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

const limitText = option('--fail-if-overdue');
const limit = limitText === undefined ? undefined : Number(limitText);
const today = option('--today') ?? new Date().toISOString().slice(0, 10);
if ((limit !== undefined && (!Number.isInteger(limit) || limit < 0)) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('Usage: npm run curate:report [-- --fail-if-overdue N] [--today YYYY-MM-DD]   (N a whole number, 0 or more)');
  process.exit(2);
}

const { queue, counts, problems } = workbenchState(process.cwd(), today);
for (const problem of problems) console.error(problem);
console.log(`Check queue on ${today}: ${counts.listings} listings shown; ${counts.overdue} overdue, ${counts.due} due within 30 days, ${counts.neverConfirmed} never confirmed by phone.`);
for (const tier of HARM_TIERS) {
  const tierCounts = queueCounts(queue.filter((entry) => entry.tier === tier));
  console.log(`  ${TIER_NAMES[tier]} (re-checked every ${RECHECK_MONTHS[tier]} months): ${tierCounts.listings} listings, ${tierCounts.overdue} overdue, ${tierCounts.due} due, ${tierCounts.neverConfirmed} never confirmed by phone`);
}
if (limit !== undefined && counts.overdue > limit) {
  console.error(`${counts.overdue} listings are overdue, more than the ${limit} allowed.`);
  process.exit(1);
}
