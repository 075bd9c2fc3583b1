import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/readDataFiles';
import { validateDataset } from '../../src/data/validate';
import { EVERYDAY_NEEDS, FILLER_WORDS, TEXT_EQUIVALENTS } from '../../src/search/everydayWords';
import { foldText } from '../../src/search/normalize';
import { STOP_WORDS, SYNONYMS } from '../../src/search/synonyms';
import { wordsOf } from '../../src/search/termIndex';

const needTerms = Object.values(EVERYDAY_NEEDS).flat();
const textWords = Object.keys(TEXT_EQUIVALENTS);
const everyEntry = [...needTerms, ...FILLER_WORDS, ...textWords];
const synonymKeys = new Set([...SYNONYMS.keys()].map(foldText));
const stopWords = new Set([...STOP_WORDS].map(foldText));

describe('the everyday words', () => {
  it('are written lower case, with a straight apostrophe, in phrases of at most three words', () => {
    expect(everyEntry.filter((entry) => entry !== entry.toLowerCase() || /[’ʼ]/.test(entry))).toEqual([]);
    expect(needTerms.filter((term) => term.trim() !== term || term.split(' ').length > 3)).toEqual([]);
  });

  it('are single words where the search reads word by word: filler, and words matched against the text', () => {
    expect(FILLER_WORDS.filter((word) => word.includes(' '))).toEqual([]);
    expect(textWords.filter((word) => wordsOf(word).join(' ') !== foldText(word))).toEqual([]);
  });

  it('add only what SYNONYMS and STOP_WORDS do not already hold', () => {
    expect(everyEntry.filter((entry) => synonymKeys.has(foldText(entry)))).toEqual([]);
    expect(everyEntry.filter((entry) => stopWords.has(foldText(entry)))).toEqual([]);
  });

  it('name each word once, across needs, filler and text words, as the search folds them', () => {
    const folded = everyEntry.map(foldText);
    expect(folded.filter((entry, position) => folded.indexOf(entry) !== position)).toEqual([]);
  });

  it('never call a court, a hearing or a judge a lawyer', () => {
    const court = SYNONYMS.get('court');
    const courtWords = new Set(
      [...[...SYNONYMS].filter(([, concept]) => concept === court).map(([term]) => term), ...EVERYDAY_NEEDS.court]
        .map(foldText)
        .filter((term) => !term.includes(' ')),
    );
    expect(courtWords.size).toBeGreaterThan(20);
    expect(EVERYDAY_NEEDS.legal.filter((term) => foldText(term).split(' ').some((word) => courtWords.has(word)))).toEqual([]);
  });

  it('match words to the English that the listings use', () => {
    const records = validateDataset(readDataFiles(process.cwd()).files).records;
    const listingWords = new Set(
      records.flatMap((record) =>
        [record.name, record.description, record.organization.name, record.organization.description, ...(record.organization.alternateNames ?? [])]
          .flatMap((text) => (text ? wordsOf(text) : [])),
      ),
    );
    expect(listingWords.size).toBeGreaterThan(500);
    expect(Object.entries(TEXT_EQUIVALENTS).filter(([, english]) => !listingWords.has(english))).toEqual([]);
  });
});
