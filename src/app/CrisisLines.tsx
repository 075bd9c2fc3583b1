import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { recordName } from '../i18n/recordTranslations';
import { formatPhone, phoneHref } from '../service/links';
import { ShownTextSpan } from '../service/ShownTextSpan';
import { HELP_LINES } from './helpLines';
import { useLoadedOnce } from './useLoadedOnce';

/** Above the results, for a query in words of danger: the line to call now, from its sourced record. */
export function CrisisLines({ query, byId }: { query: string; byId: ReadonlyMap<string, ServiceRecord> }) {
  // The words of crisis in ten languages come once the reader types: the page's first load does not wait for them.
  const words = useLoadedOnce(query.trim() !== '', loadCrisisWords);
  const lines = (words?.linesFor(query) ?? []).flatMap((wanted) => {
    const entry = HELP_LINES.find(({ line }) => line === wanted);
    const record = entry ? byId.get(entry.id) : undefined;
    const phone = record?.phones.find((candidate) => candidate.kind === 'voice');
    return entry && record && phone ? [{ ...entry, record, phone }] : [];
  });
  if (lines.length === 0) return null;
  return (
    <section className="crisis-lines" aria-labelledby="crisis-lines-title">
      <h2 id="crisis-lines-title">{messages.safety.helpBar}</h2>
      <ul>
        {lines.map(({ id, line, record, phone }) => (
          <li key={id} data-help-line={id}>
            <a className="button crisis-call" href={phoneHref(phone)}>
              {messages.safety.helpLines[line]} <bdi dir="ltr">{formatPhone(phone.number)}</bdi>
            </a>
            <span className="crisis-name">
              <ShownTextSpan shown={recordName(record)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const loadCrisisWords = () => import('../search/crisis').then((module) => ({ linesFor: module.crisisLinesFor }));
