/**
 * Short English texts the sources give (fees, phone labels) that a language translates, keyed by the
 * English. English shows them as they are; text no language has is shown in English, marked.
 */
export type SourcePhrases = Readonly<Partial<Record<string, string>>>;

export const sourcePhrasesEn: SourcePhrases = {};
