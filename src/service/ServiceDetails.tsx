import type { ReactNode } from 'react';
import { chicagoTime, openState } from '../data/openingHours';
import type { ServiceRecord } from '../data/schema';
import { formatPartialDate, languageName } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { CategoryTags } from './CategoryTags';
import { formatOpening } from './formatHours';
import { DirectionsLinks } from './DirectionsLinks';
import { addressLines, displayHost, isWebAddress } from './links';
import { OpenStateLine } from './OpenStateLine';
import { PhoneList } from './PhoneList';
import { SourceList } from './SourceList';
import { VerifiedNote } from './VerifiedNote';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.details;

interface ServiceDetailsProps {
  record: ServiceRecord;
  now: Date;
  /** How far it is from the chosen place, already in words ("2.1 mi away"); none without a place. */
  distance?: string;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

export function ServiceDetails({ record, now, distance, headingRef }: ServiceDetailsProps) {
  const { organization, location } = record;
  return (
    <article className="details" data-record-id={record.id} aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1} ref={headingRef}>
        {record.name}
      </h2>
      {organization.name !== record.name ? <p className="org">{organization.name}</p> : null}
      {distance ? <p className="distance">{distance}</p> : null}
      <CategoryTags record={record} />
      <OpenStateLine record={record} open={openState(record.hours, chicagoTime(now))} />
      {record.alert ? <p className="alert">{record.alert}</p> : null}
      {record.description ? <p>{record.description}</p> : null}
      <VerifiedNote record={record} now={now} />

      <dl className="fields">
        <Field label={text().address}>
          {location ? (
            <>
              {addressLines(location).map((line) => (
                <span key={line} className="line">
                  {line}
                </span>
              ))}
              <DirectionsLinks location={location} />
            </>
          ) : (
            text().noAddress
          )}
        </Field>
        {location?.communityArea ? <Field label={text().communityArea}>{location.communityArea}</Field> : null}
        <Field label={text().phones}>
          <PhoneList phones={record.phones} />
        </Field>
        <WebsiteField record={record} />
        {record.email ? (
          <Field label={text().email}>
            <a href={`mailto:${record.email}`}>{record.email}</a>
          </Field>
        ) : null}
        <Field label={text().hours}>
          {record.hours ? (
            <>
              {record.hours.text ? <span className="line">{record.hours.text}</span> : null}
              {record.hours.weekly?.map((opening) => (
                <span key={formatOpening(opening)} className="line">
                  {formatOpening(opening)}
                </span>
              ))}
            </>
          ) : (
            text().hoursUnknown
          )}
        </Field>
        <Field label={text().languages}>
          {record.languages.length > 0 ? record.languages.map((code) => languageName(code)).join(', ') : text().languagesUnknown}
          {record.languageNote ? <span className="line">{record.languageNote}</span> : null}
        </Field>
        {record.services.length > 0 ? (
          <Field label={text().services}>{record.services.map((tag) => messages.serviceNames[tag]).join(', ')}</Field>
        ) : null}
        {record.eligibility ? <Field label={text().eligibility}>{record.eligibility}</Field> : null}
        {record.fees ? <Field label={text().fees}>{record.fees}</Field> : null}
        {record.requiredDocuments ? <Field label={text().requiredDocuments}>{record.requiredDocuments}</Field> : null}
        {record.features && record.features.length > 0 ? (
          <Field label={text().features}>{record.features.map((feature) => messages.featureNames[feature]).join(', ')}</Field>
        ) : null}
        {record.trust && record.trust.length > 0 ? (
          <Field label={text().trust}>{record.trust.map((flag) => messages.trustFlagNames[flag]).join(', ')}</Field>
        ) : null}
        {location?.accessibility ? <Field label={text().accessibility}>{location.accessibility}</Field> : null}
        {location?.transit ? <Field label={text().transit}>{location.transit}</Field> : null}
        {organization.alternateNames && organization.alternateNames.length > 0 ? (
          <Field label={text().alsoKnownAs}>{organization.alternateNames.join(', ')}</Field>
        ) : null}
        {organization.description ? <Field label={text().organization}>{organization.description}</Field> : null}
      </dl>

      <section className="sources" aria-labelledby="sources-title">
        <h3 id="sources-title">{text().sources}</h3>
        <SourceList sources={record.sources} />
        <p>
          {text().verified}: {formatPartialDate(record.verified.date)} ({record.verified.method})
        </p>
      </section>
    </article>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function WebsiteField({ record }: { record: ServiceRecord }) {
  const website = record.website ?? record.organization.website;
  if (!website) return null;
  return (
    <Field label={text().website}>
      {isWebAddress(website) ? (
        <a href={website} target="_blank" rel="noopener noreferrer">
          {displayHost(website)}
        </a>
      ) : (
        website
      )}
    </Field>
  );
}
