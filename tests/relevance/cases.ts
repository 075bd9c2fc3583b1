import type { RelevanceCase } from './caseTypes';
import { ARABIC_CASES } from './cases/ar';
import { ENGLISH_CASES } from './cases/en';
import { SPANISH_CASES } from './cases/es';
import { FRENCH_CASES } from './cases/fr';
import { HELD_OUT_CASES } from './cases/heldOut';
import { KOREAN_CASES } from './cases/ko';
import { POLISH_CASES } from './cases/pl';
import { TAGALOG_CASES } from './cases/tl';
import { UKRAINIAN_CASES } from './cases/uk';
import { URDU_CASES } from './cases/ur';
import { CHINESE_CASES } from './cases/zh';

export { HELD_OUT_CASES };

/** What real users type, in the ten interface languages, and what they should see: see caseTypes.ts. The held-out set is among them. */
export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  ...ENGLISH_CASES,
  ...SPANISH_CASES,
  ...POLISH_CASES,
  ...CHINESE_CASES,
  ...ARABIC_CASES,
  ...UKRAINIAN_CASES,
  ...FRENCH_CASES,
  ...KOREAN_CASES,
  ...TAGALOG_CASES,
  ...URDU_CASES,
  ...HELD_OUT_CASES,
];
