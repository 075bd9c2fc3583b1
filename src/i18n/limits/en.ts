/** English plural categories: 1 is "one"; 0 and 2 or more are "other". */
const plural = new Intl.PluralRules('en-US');

/**
 * What the directory cannot do, said plainly where it matters (English, the source of truth): a place
 * outside Chicago, and listings that do not say which languages they speak.
 */
export const limitsEn = {
  /** Under the place box, for a suburb or a suburban ZIP: the list is still sorted by distance from it. */
  outsideChicago: (place: string) =>
    `${place} is outside Chicago. This directory has only Chicago services: the nearest are shown first.`,
  /** Followed by the 211 line's number and name, from its record. */
  outsideHelp: 'For help where you live, call:',
  /** In the language filter: of the current results, how many state the languages they serve. */
  languagesStated: (stated: number, total: number) =>
    `${stated} of ${total} ${plural.select(total) === 'one' ? 'listing' : 'listings'} ${
      plural.select(stated) === 'one' ? 'says which languages it speaks' : 'say which languages they speak'
    }.`,
  interpreter: 'Others may help through an interpreter: call and ask.',
};

export type LimitsMessages = typeof limitsEn;
