import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { formatPhone, phoneHref } from '../service/links';
import { HELP_LINES } from './helpLines';


/** Emergency and hotline numbers, always at the top, one tap each; a number missing from the data is said, not hidden. */
export function HelpBar({ byId }: { byId: ReadonlyMap<string, ServiceRecord> }) {
  const text = messages.safety;
  return (
    // The browser leaves a number that is partly scrolled off where it is when it takes the focus: bring all of it in.
    <nav className="help-bar" aria-label={text.helpBar} onFocus={(event) => event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' })}>
      <span className="help-bar-title">{text.helpBar}:</span>
      <ul>
        {HELP_LINES.map(({ id, line }) => {
          const phone = byId.get(id)?.phones.find((candidate) => candidate.kind === 'voice');
          const name = text.helpLines[line];
          return (
            <li key={id} data-help-line={id}>
              {phone ? (
                <a href={phoneHref(phone)}>
                  {name} <bdi dir="ltr">{formatPhone(phone.number)}</bdi>
                </a>
              ) : (
                <span className="help-missing">{text.numberMissing(name)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
