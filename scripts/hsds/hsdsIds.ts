import { v5 as uuidV5 } from 'uuid';

/** The project's own UUID namespace (a v4 drawn once): every published id is a v5 UUID under it. */
export const HSDS_NAMESPACE = '7d0c4a52-3f5e-4b8e-9a61-2c1f0e8b7a94';

/**
 * A stable UUID for one entity of one listing: the same listing id and part give the same UUID in every
 * build, so another directory that took an earlier export can match what it took.
 */
export function hsdsId(kind: string, ...parts: readonly (string | number)[]): string {
  return uuidV5([kind, ...parts].join('/'), HSDS_NAMESPACE);
}
