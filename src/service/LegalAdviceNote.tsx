import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';

/**
 * What kind of place this is for legal advice: a court or a government office is not a place to get a
 * lawyer; a recognized organization's accredited representatives may advise, as lawyers may.
 */
export function LegalAdviceNote({ record }: { record: ServiceRecord }) {
  if (record.venue) return <p className="venue-note">{messages.answers.venues[record.venue]}</p>;
  const trust = record.trust ?? [];
  if (trust.includes('doj-recognized') && trust.includes('accredited-representatives')) {
    return <p className="recognized-note">{messages.answers.recognized}</p>;
  }
  return null;
}
