import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';

/** Says a court or a government office is not a place to get a lawyer, so nobody goes there for help it does not give. */
export function VenueNote({ record }: { record: ServiceRecord }) {
  return record.venue ? <p className="venue-note">{messages.answers.venues[record.venue]}</p> : null;
}
