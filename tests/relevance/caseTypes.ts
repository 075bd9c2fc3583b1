import type { Category, ServiceTag } from '../../src/data/categories';
import type { CrisisLine } from '../../src/search/crisis';

export const CASE_LANGUAGES = ['en', 'es', 'pl', 'zh', 'ar', 'uk', 'fr', 'ko', 'tl', 'ur'] as const;
export type CaseLanguage = (typeof CASE_LANGUAGES)[number];

export const CASE_KINDS = ['need', 'sentence', 'typo', 'crisis', 'place', 'name', 'court', 'bad-input'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * What a user who typed the query should see. Each list means "any of". The record conditions (categories,
 * services, ids, languages, communityArea, withinMiles) must all hold for one record among the top 3;
 * the others are about the whole answer.
 */
export interface Expected {
  categories?: Category[];
  services?: ServiceTag[];
  ids?: string[];
  /** Primary codes ("es", "zh"): the record states one of them. */
  languages?: string[];
  communityArea?: string;
  /** The record's map point is at most this far from the case's `near`. */
  withinMiles?: number;
  /** None of these is among the top 3. */
  notIds?: string[];
  /** The first help line that the query's words bring up (crisisLinesFor). */
  crisisLine?: CrisisLine;
  /** The query brings up no help line at all. */
  noCrisisLine?: true;
  /** The list is not empty (and the search did not throw). */
  nonEmpty?: true;
}

export interface RelevanceCase {
  language: CaseLanguage;
  kind: CaseKind;
  query: string;
  /** A place as typed in the place box: a ZIP, a neighborhood, a corner. */
  near?: string;
  expected: Expected;
}

/** Legal help with an immigration matter. */
export const IMMIGRATION_LEGAL: ServiceTag[] = [
  'asylum', 'removal-defense', 'detention', 'daca', 'citizenship', 'family-petitions', 'u-t-visas', 'vawa', 'tps', 'know-your-rights',
];
/** Anything for immigrants: legal help, classes, resettlement. */
export const IMMIGRATION: ServiceTag[] = [...IMMIGRATION_LEGAL, 'immigrant-services', 'citizenship-classes'];
export const DOMESTIC_VIOLENCE: ServiceTag[] = ['domestic-violence', 'domestic-violence-support'];
export const SLEEP_TONIGHT: ServiceTag[] = ['emergency-shelter', 'adult-shelter', 'family-shelter', 'youth-shelter', 'shelter-intake', 'shelter-placement', 'interim-housing', 'drop-in'];

export const IMMIGRATION_COURTS = ['chicago-immigration-court', 'chicago-immigration-court-satellite'];
/**
 * Courts and government offices in the data: they hear cases or take complaints, they do not give a
 * person legal advice, so they are wrong answers to "lawyer". (The Public Defender is a lawyer: not here.)
 */
export const COURTS_AND_OFFICES = [
  ...IMMIGRATION_COURTS,
  'consulado-general-mexico-chicago',
  'konsulat-generalny-rp-chicago',
  'consulado-ecuador-chicago',
  'philippine-consulate-general-chicago',
  'chicago-commission-on-human-relations',
  'illinois-department-of-human-rights-chicago',
  'cook-county-commission-on-human-rights',
  'cook-county-states-attorney-consumer-fraud-unit',
  'cook-county-states-attorney-immigration-fraud-hotline',
  'illinois-attorney-general-consumer-protection-chicago',
  'illinois-attorney-general-identity-theft-hotline',
  'chicago-office-of-labor-standards',
  'illinois-department-of-labor-chicago',
  'eeoc-chicago-district-office',
];
