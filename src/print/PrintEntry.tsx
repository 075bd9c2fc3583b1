import type { ReactNode } from 'react';
import type { ServiceRecord } from '../data/schema';
import { languageName } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { formatDistance } from '../i18n/formatDistance';
import { sourceText } from '../i18n/sourceText';
import { english, recordName, recordNameIn } from '../i18n/recordTranslations';
import { formatOpening } from '../service/formatHours';
import { addressLines, displayHost, formatPhone, isWebAddress } from '../service/links';
import { ShownTextSpan } from '../service/ShownTextSpan';
import { ageLine } from '../service/ageLine';
import { newestLinkedSource } from '../service/VerifiedNote';
import { Bilingual, type PickText, type SecondLanguage } from './bilingual';
import { QrCode } from './QrCode';

interface PrintEntryProps {
  record: ServiceRecord;
  number: number;
  /** The entry's own page in the app, printed as a QR code and as text. */
  link: string;
  /** How far it is from the chosen place, in metres; null without a place or a point. */
  metres: number | null;
  unit: 'mi' | 'km';
  second: SecondLanguage | null;
  now: Date;
}

/** One service on a handout: everything a person needs to reach it, kept together on one page. */
export function PrintEntry({ record, number, link, metres, unit, second, now }: PrintEntryProps) {
  const { location } = record;
  const name = recordName(record);
  const secondName = second ? recordNameIn(second.code, record) : null;
  const label = (pick: PickText) => <Bilingual pick={pick} second={second} />;
  const phones = record.phones;
  const source = newestLinkedSource(record);
  const age = ageLine(record, now);
  const venue = record.venue;
  return (
    <article className="print-entry" data-record-id={record.id}>
      <div className="print-entry-text">
        <h3>
          <span className="print-number">{number}.</span> <ShownTextSpan shown={name} />
          {secondName !== null && secondName !== name.text ? <span className="print-second-name"> / <bdi>{secondName}</bdi></span> : null}
        </h3>
        {metres !== null ? <p className="print-distance">{label((m, intl) => m.place.away(formatDistance(metres, unit, intl)))}</p> : null}
        {venue ? <p className="print-venue">{label((m) => m.answers.venues[venue])}</p> : null}
        {record.organization.name !== record.name ? (
          <p className="print-org">
            <bdi>{record.organization.name}</bdi>
          </p>
        ) : null}
        <dl>
          <Row label={label((m) => m.details.address)}>
            {location ? (
              <bdi dir="ltr">{addressLines(location).join(', ')}</bdi>
            ) : (
              label((m) => m.details.noAddress)
            )}
          </Row>
          <Row label={label((m) => m.details.phones)}>
            {phones.length === 0
              ? label((m) => m.details.noPhones)
              : phones.map((phone) => (
                  <span key={`${phone.kind}-${phone.number}-${phone.extension ?? ''}`} className="print-phone">
                    {messages.phoneKinds[phone.kind]}: <bdi dir="ltr">{formatPhone(phone.number)}</bdi>
                    {phone.extension ? ` ${messages.extension(phone.extension)}` : ''}
                    {phone.label ? (
                      <>
                        {' '}
                        (<ShownTextSpan shown={sourceText(phone.label)} />)
                      </>
                    ) : null}
                  </span>
                ))}
          </Row>
          <Row label={label((m) => m.details.hours)}>
            {record.hours ? (
              <>
                {record.hours.weekly?.map((opening) => (
                  <span key={formatOpening(opening)} className="print-line">
                    {formatOpening(opening)}
                  </span>
                ))}
                {record.hours.text ? (
                  <span className="print-line">
                    <ShownTextSpan shown={english(record.hours.text)} />
                  </span>
                ) : null}
              </>
            ) : (
              label((m) => m.details.hoursUnknown)
            )}
          </Row>
          <Row label={label((m) => m.details.languages)}>
            {record.languages.length > 0 ? record.languages.map((code) => languageName(code)).join(', ') : label((m) => m.details.languagesUnknown)}
          </Row>
          {record.eligibility ? (
            <Row label={label((m) => m.details.eligibility)}>
              <ShownTextSpan shown={english(record.eligibility)} />
            </Row>
          ) : null}
          {record.fees ? (
            <Row label={label((m) => m.details.fees)}>
              <ShownTextSpan shown={sourceText(record.fees)} />
            </Row>
          ) : null}
          {(record.website ?? record.organization.website) ? (
            <Row label={label((m) => m.details.website)}>
              <WebsiteText url={record.website ?? record.organization.website ?? ''} />
            </Row>
          ) : null}
        </dl>
        <p className="print-verified">
          {age.text}
          {age.warning ? ` · ${age.warning}` : ''}
          {source?.url ? (
            <>
              {' · '}
              {messages.safety.source}: <bdi dir="ltr">{displayHost(source.url)}</bdi>
            </>
          ) : null}
        </p>
        <p className="print-link-line">
          {messages.safety.link}:{' '}
          <bdi dir="ltr" className="print-link">
            {link}
          </bdi>
        </p>
      </div>
      <figure className="print-code">
        <QrCode text={link} label={`${messages.print.scan}: ${record.name}`} millimetres={20.5} />
      </figure>
    </article>
  );
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="print-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function WebsiteText({ url }: { url: string }) {
  return <bdi dir="ltr">{isWebAddress(url) ? displayHost(url) : url}</bdi>;
}
