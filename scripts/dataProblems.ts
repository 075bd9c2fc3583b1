import { formatProblem, validateDataset } from '../src/data/validate';
import { validateTranslations } from '../src/data/validateTranslations';
import { readDataFiles, TRANSLATIONS_DIR } from './readDataFiles';

/** Everything wrong with the records and their translations under root, one line each. */
export function dataProblems(root: string): { messages: string[]; recordCount: number; fileCount: number } {
  const records = readDataFiles(root);
  const translations = readDataFiles(root, TRANSLATIONS_DIR);
  const dataset = validateDataset(records.files);
  const translationProblems = translations.files.flatMap((file) => validateTranslations(file, dataset.records));
  return {
    messages: [
      ...records.unreadable,
      ...translations.unreadable,
      ...dataset.problems.map(formatProblem),
      ...translationProblems.map(formatProblem),
    ],
    recordCount: dataset.records.length,
    fileCount: records.files.length + records.unreadable.length + translations.files.length + translations.unreadable.length,
  };
}
