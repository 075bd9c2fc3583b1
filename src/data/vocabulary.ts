/**
 * The record vocabulary the app uses at run time. The zod schema (schema.ts) is built from these and
 * runs only when data is checked and built, so the browser never downloads it.
 */

export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

export const RECORD_FIELDS = [
  'name',
  'organization',
  'description',
  'categories',
  'services',
  'eligibility',
  'fees',
  'requiredDocuments',
  'languages',
  'status',
  'alert',
  'phones',
  'email',
  'website',
  'location',
  'point',
  'communityArea',
  'hours',
  'trust',
  'features',
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * The communities a listing is for, set only where its source says so (a Polish-language agency, a
 * Korean community center), so the data's coverage report can show which communities have no listing.
 */
export const COMMUNITIES = [
  'latino',
  'polish',
  'ukrainian',
  'eastern-european',
  'chinese',
  'korean',
  'southeast-asian',
  'filipino',
  'south-asian',
  'asian',
  'arab',
  'afghan',
  'african',
  'refugees',
] as const;

export type Community = (typeof COMMUNITIES)[number];

export const TRUST_FLAGS = ['attorneys', 'doj-recognized', 'accredited-representatives'] as const;

export type TrustFlag = (typeof TRUST_FLAGS)[number];

/** What people filter on, set only where a source says so (never read into silence). */
export const FEATURES = ['free', 'walk-in', 'no-id-required', 'no-status-questions', 'wheelchair-accessible'] as const;

export type Feature = (typeof FEATURES)[number];

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A source that shows no date of its own. */
export const UNDATED = 'undated';

export const STATUSES = ['active', 'temporarily-closed', 'inactive', 'defunct'] as const;

export type Status = (typeof STATUSES)[number];

/** Closed for good: left out of the results; a shared link to one explains. */
export function isClosedStatus(status: string): boolean {
  return status === 'defunct' || status === 'inactive';
}

/** What a source is, which says how much its date can be trusted to mean "still there". */
export const SOURCE_KINDS = [
  'city-list',
  'official-list',
  'organization-page',
  'government-page',
  'news',
  'directory',
  'phone',
  'other-page',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A court or a government office: where a hearing or a complaint happens, not where a lawyer helps. */
export const VENUES = ['court', 'government-office'] as const;

export type Venue = (typeof VENUES)[number];
