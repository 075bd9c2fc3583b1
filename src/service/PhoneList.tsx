import type { Phone } from '../data/schema';
import { messages } from '../i18n/messages';
import { sourceText } from '../i18n/sourceText';
import { formatPhone, phoneHref } from './links';
import { ShownTextSpan } from './ShownTextSpan';

export function PhoneList({ phones }: { phones: readonly Phone[] }) {
  if (phones.length === 0) return <p className="muted">{messages.details.noPhones}</p>;
  return (
    <ul className="phones">
      {phones.map((phone) => (
        <li key={`${phone.kind}-${phone.number}-${phone.extension ?? ''}`}>
          <PhoneLink phone={phone} />
          {phone.label ? (
            <span className="phone-label">
              {' · '}
              <ShownTextSpan shown={sourceText(phone.label)} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function PhoneLink({ phone }: { phone: Phone }) {
  const kind = messages.phoneKinds[phone.kind];
  const extension = phone.extension ? ` ${messages.extension(phone.extension)}` : '';
  if (phone.kind === 'fax') {
    return (
      <span>
        {kind}: <bdi dir="ltr">{formatPhone(phone.number)}</bdi>
        {extension}
      </span>
    );
  }
  return (
    <a className="phone-link" href={phoneHref(phone)}>
      {kind}: <bdi dir="ltr">{formatPhone(phone.number)}</bdi>
      {extension}
    </a>
  );
}
