import { translationFileSchema, type ServiceRecord } from './schema';
import { englishTextHash } from './englishTextHash';
import type { DataFile, DataProblem } from './validate';

/** Every run of digits in order: a translation may reword, but never change a number, phone or year. */
function numbersIn(text: string): string {
  return (text.match(/\d+/g) ?? []).join(' ');
}

/**
 * Checks a data/translations/<locale>.json file against the records it translates: every id exists,
 * every translation was made from the English the record has now, and keeps its numbers.
 */
export function validateTranslations(
  { file, content }: DataFile,
  records: readonly ServiceRecord[],
  /** Ids of records that exist but failed validation: their own problem is reported, not a second one here. */
  knownIds: ReadonlySet<string> = new Set(),
): DataProblem[] {
  const parsed = translationFileSchema.safeParse(content);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const [first, id, ...rest] = issue.path.map(String);
      return first === 'records' && id !== undefined
        ? { file, recordId: `"${id}"`, field: rest.join('.') || '(translation)', message: issue.message }
        : { file, recordId: '-', field: issue.path.map(String).join('.') || '(file)', message: issue.message };
    });
  }
  const problems: DataProblem[] = [];
  const expectedLocale = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (parsed.data.locale !== expectedLocale) {
    problems.push({ file, recordId: '-', field: 'locale', message: `"${parsed.data.locale}" does not match the file name` });
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const [id, translation] of Object.entries(parsed.data.records)) {
    const recordId = `"${id}"`;
    const record = byId.get(id);
    if (!record) {
      if (!knownIds.has(id)) problems.push({ file, recordId, field: 'id', message: 'no record has this id' });
      continue;
    }
    if (translation.of !== englishTextHash(record)) {
      problems.push({ file, recordId, field: 'of', message: "the record's English name or description has changed since this translation: translate it again" });
    }
    if ((translation.description === undefined) !== (record.description === undefined)) {
      problems.push({ file, recordId, field: 'description', message: 'give a description exactly when the record has one' });
    }
    const englishNumbers = numbersIn(`${record.name} ${record.description ?? ''}`);
    const translatedNumbers = numbersIn(`${translation.name} ${translation.description ?? ''}`);
    if (englishNumbers !== translatedNumbers) {
      problems.push({ file, recordId, field: 'description', message: `numbers differ from the English: "${translatedNumbers}" instead of "${englishNumbers}"` });
    }
  }
  return problems;
}
