import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedReview } from './proposeFromFeed';

/** Proposed changes wait here, outside data/, until a curator takes or leaves each one in the workbench. */
export const REVIEW_DIR = 'review/hsds';

const slugOf = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'feed';

export function writeReview(root: string, review: FeedReview): string {
  const file = `${REVIEW_DIR}/${slugOf(review.feed.name)}-${review.feed.date}.json`;
  mkdirSync(join(root, REVIEW_DIR), { recursive: true });
  writeFileSync(join(root, file), `${JSON.stringify(review, null, 2)}\n`);
  return file;
}

/** The reviews waiting, newest file name last; a file a curator broke by hand is skipped with its name. */
export function readReviews(root: string): { file: string; review: unknown }[] {
  const dir = join(root, REVIEW_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      try {
        return [{ file: `${REVIEW_DIR}/${name}`, review: JSON.parse(readFileSync(join(dir, name), 'utf8')) }];
      } catch {
        return [];
      }
    });
}
