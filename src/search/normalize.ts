/** Printable ASCII and common whitespace: nothing to strip. */
const PLAIN_ASCII = /^[ -~\t\n\r]*$/;

/** Lower-cases and strips accents, so "Inmigración" and "inmigracion" compare equal; Korean syllables stay whole. */
export function foldText(text: string): string {
  // Most listing text is plain ASCII, which has no accents to strip: the index folds thousands of strings at start.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

export const MAX_QUERY_LENGTH = 100;

/** Trims, collapses spaces and caps the length, so a pasted essay cannot stall the search. */
export function cleanQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export function queryTerms(query: string): string[] {
  return cleanQuery(query).split(' ').filter((term) => term !== '');
}
