import { ageGrade, datingSource, type AgeCutoffs, type AgeGrade } from '../data/freshness';
import type { ServiceRecord } from '../data/schema';
import { UNDATED } from '../data/vocabulary';
import { formatPartialDate } from '../i18n/formatDate';
import { messages } from '../i18n/messages';

export interface AgeLine {
  grade: AgeGrade;
  /** "City list, Oct 2015", "Organization's page, undated". */
  text: string;
  /** What the reader should do about the age; none for recent information. */
  warning: string | undefined;
}

/** How old a listing's information is, in the reader's language: the same on cards, details and print-outs. */
export function ageLine(record: ServiceRecord, now: Date | AgeCutoffs): AgeLine {
  const grade = ageGrade(record, now);
  const source = datingSource(record);
  const kind = messages.freshness.kinds[source.kind];
  const text = source.date === UNDATED ? messages.freshness.undated(kind) : messages.freshness.dated(kind, formatPartialDate(source.date, undefined, 'short'));
  return { grade, text, warning: grade === 'recent' ? undefined : messages.freshness.warnings[grade] };
}
