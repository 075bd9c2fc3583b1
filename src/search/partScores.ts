import { compileNeed, isNamedVenue, isOnlyLanguage, offersPreferred, specificityFor, type RecordNeeds } from './needs';
import type { ParsedQuery } from './parseQuery';
import { wordsOf, type Scores, type TermIndex } from './termIndex';

/** A record that meets a recognised need scores this, better for each matching service and language. */
const CONCEPT_MATCH_SCORE = 0.2;
const SPECIFICITY_BONUS = 0.02;
const MOST_SPECIFIC = 5;
/** Asked-for language or the exact service named: clearly better, so it scores below BEST_ANSWER (see searchIndex). */
const LANGUAGE_BONUS = 0.12;
const PREFERRED_BONUS = 0.1;
/** Every word of the query whole in a name or organization: the user typed a name, so it comes first. */
const NAME_DISTANCE = 0.2;
const NAME_MATCH_FACTOR = 0.45;
/** A name typed scores below zero, so no age penalty (at most 0.15) lets another answer pass it. */
const NAME_FIRST = 0.3;
/** A need word whole in a name or an organization ("Legal Clinic" for "clinic") meets the need too; a kind of help's name ("Education and libraries") does not. */
const NAMED_NEED = 0.8;
/** How well a record answers within its group never reaches the next group's score. */
const BEST_WITHIN_GROUP = 0.999;
/** Missing a need or a word costs more than missing a neighborhood: "food albany park" wants food first. */
const MISSED_PART = 2;
const MISSED_AREA = 1;

/**
 * Scores records on the parts of a query (each recognised need, each other word). A record's score is
 * what it misses (MISSED_PART for a need or word, MISSED_AREA for a neighborhood), plus how well it meets the rest (0 is best, below 1): a record that
 * meets every part always ranks above one that misses a part, and one that meets no part is left out.
 * A part that no record meets is left out of the count, so an unknown word costs nobody anything.
 */
export function scoreParts(needs: RecordNeeds, terms: TermIndex, { concepts, textParts }: ParsedQuery, wholeQuery: Scores): Scores {
  const needParts = concepts.filter(({ concept }) => !isOnlyLanguage(concept));
  const required = needParts.map(({ concept }) => compileNeed(concept));
  // Matched as the whole query's words are (the last one may be half typed), so each word's scores are worked out once.
  const namedNeeds = needParts.map(({ term, typing }) => {
    const words = wordsOf(term);
    return words.map((word, position) => terms.match(word, typing && position === words.length - 1));
  });
  const languages = concepts.flatMap(({ concept }) => concept.languages ?? []);
  const perPart = textParts.map(({ words, typing }) => words.map((word) => terms.match(word, typing)));
  const size = terms.size;
  const partCount = required.length + textParts.length;
  const partCost = Uint8Array.from({ length: partCount }, (_, part) => (required[part]?.areas.length ? MISSED_AREA : MISSED_PART));
  const fullCost = partCost.reduce((total, cost) => total + cost, 0);
  const partHits = new Int32Array(partCount);
  const missing = new Uint8Array(size);
  const within = new Float32Array(size);
  const docs: number[] = [];
  const wordScores = [...namedNeeds.flat(), ...perPart.flat()];
  const everyWordNamed = (doc: number) => wordScores.every((scores) => (scores[doc] ?? 0) >= NAMED_NEED);
  for (let doc = 0; doc < size; doc += 1) {
    let met = 0;
    let metCost = 0;
    let specificity = 0;
    let preferred = false;
    let venueNamed = false;
    for (let part = 0; part < required.length; part += 1) {
      const need = required[part];
      const related = need ? specificityFor(needs, doc, need) : -1;
      if (related < 0 && !(namedNeeds[part] ?? []).every((scores) => (scores[doc] ?? 0) >= NAMED_NEED)) continue;
      if (need && isNamedVenue(needs, doc, need)) venueNamed = true;
      met += 1;
      metCost += partCost[part] ?? 0;
      specificity += Math.max(related, 0);
      if (need && offersPreferred(needs, doc, need)) preferred = true;
      partHits[part] = (partHits[part] ?? 0) + 1;
    }
    let textTotal = 0;
    let textMet = 0;
    for (let part = 0; part < perPart.length; part += 1) {
      let best = 0;
      for (const scores of perPart[part] ?? []) best = Math.max(best, scores[doc] ?? 0);
      if (best === 0) continue;
      textTotal += best;
      textMet += 1;
      metCost += MISSED_PART;
      const slot = required.length + part;
      partHits[slot] = (partHits[slot] ?? 0) + 1;
    }
    const nameDistance = wholeQuery.distance[doc] ?? Number.NaN;
    // Each word in a name or organization itself: "court" among a listing's kinds of help names no listing.
    const namedWhole = nameDistance <= NAME_DISTANCE && everyWordNamed(doc);
    if (met + textMet === 0 && partCount > 0 && !namedWhole) continue;
    const speaks = languages.length > 0 && (needs.languages[doc] ?? []).some((code) => languages.includes(code));
    const conceptScore = met > 0 || required.length === 0
      ? CONCEPT_MATCH_SCORE -
        SPECIFICITY_BONUS * Math.min(specificity, MOST_SPECIFIC) -
        (speaks ? LANGUAGE_BONUS : 0) -
        (preferred ? PREFERRED_BONUS : 0)
      : 0;
    const textScore = textMet > 0 ? 1 - textTotal / textMet : 0;
    docs.push(doc);
    // The place a word names ("court") comes first like a name typed, just after a name typed in full.
    if (namedWhole || (venueNamed && met === partCount)) {
      within[doc] = (namedWhole ? nameDistance : NAME_DISTANCE) * NAME_MATCH_FACTOR - NAME_FIRST;
      continue;
    }
    missing[doc] = fullCost - metCost;
    within[doc] = Math.min(Math.max(conceptScore, textScore), BEST_WITHIN_GROUP);
  }
  // Parts that nobody meets are missed by everyone: they change no order, so they count for no one.
  const unmet = partHits.reduce((cost, hits, part) => cost + (hits === 0 ? (partCost[part] ?? 0) : 0), 0);
  const distance = new Float32Array(size).fill(Number.NaN);
  for (const doc of docs) distance[doc] = Math.max(0, (missing[doc] ?? 0) - unmet) + (within[doc] ?? 0);
  return { docs: Int32Array.from(docs), distance };
}
