import type { ReactNode } from 'react';
import { chicagoTime, openState } from '../data/openingHours';
import type { ServiceRecord } from '../data/schema';
import { formatPartialDate, languageName } from '../i18n/formatDate';
import { messages } from '../i18n/messages';
import { english, recordDescription, recordName } from '../i18n/recordTranslations';
import { sourceText } from '../i18n/sourceText';
import { CategoryTags } from './CategoryTags';
import { formatOpening } from './formatHours';
import { DirectionsLinks } from './DirectionsLinks';
import { addressLines, displayHost, isWebAddress } from './links';
import { NotarioWarning } from './NotarioWarning';
import { OpenStateLine } from './OpenStateLine';
import { PhoneList } from './PhoneList';
import { ReportProblem } from './ReportProblem';
import { ShareListing } from './ShareListing';
import { ShownTextSpan } from './ShownTextSpan';
import { SourceList } from './SourceList';
import { VerifiedNote } from './VerifiedNote';
import { LegalAdviceNote } from './LegalAdviceNote';

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
  const name = recordName(record);
  const description = recordDescription(record);
  return (
    <article className="details" data-record-id={record.id} aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1} ref={headingRef}>
        <ShownTextSpan shown={name} />
      </h2>
      {/* Signs, staff and phone menus use the English name: show it beside a translated one. */}
      {name.text !== record.name ? (
        <p className="english-name">
          {text().englishName}: <bdi lang="en">{record.name}</bdi>
        </p>
      ) : null}
      {organization.name !== record.name ? <p className="org">
          <bdi>{organization.name}</bdi>
        </p> : null}
      {distance ? <p className="distance">{distance}</p> : null}
      <LegalAdviceNote record={record} />
      <CategoryTags record={record} />
      <OpenStateLine record={record} open={openState(record.hours, chicagoTime(now))} />
      <ShareListing record={record} />
      {record.alert ? (
        <p className="alert">
          <ShownTextSpan shown={english(record.alert)} />
        </p>
      ) : null}
      {description ? (
        <p>
          <ShownTextSpan shown={description} />
        </p>
      ) : null}
      {record.categories.includes('legal') ? <NotarioWarning headingLevel={3} /> : null}
      <VerifiedNote record={record} now={now} />

      <dl className="fields">
        <Field label={text().address}>
          {location ? (
            <>
              {addressLines(location).map((line) => (
                <span key={line} className="line">
                  <bdi dir="ltr">{line}</bdi>
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
              {record.hours.text ? (
                <span className="line">
                  <ShownTextSpan shown={english(record.hours.text)} />
                </span>
              ) : null}
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
          {record.languageNote ? (
            <span className="line">
              <ShownTextSpan shown={english(record.languageNote)} />
            </span>
          ) : null}
        </Field>
        {record.services.length > 0 ? (
          <Field label={text().services}>{record.services.map((tag) => messages.serviceNames[tag]).join(', ')}</Field>
        ) : null}
        <SourceTextField label={text().eligibility} value={record.eligibility} />
        <SourceTextField label={text().fees} value={record.fees} />
        <SourceTextField label={text().requiredDocuments} value={record.requiredDocuments} />
        {record.features && record.features.length > 0 ? (
          <Field label={text().features}>{record.features.map((feature) => messages.featureNames[feature]).join(', ')}</Field>
        ) : null}
        {record.trust && record.trust.length > 0 ? (
          <Field label={text().trust}>
            <TrustBadges record={record} />
          </Field>
        ) : null}
        <SourceTextField label={text().accessibility} value={location?.accessibility} />
        <SourceTextField label={text().transit} value={location?.transit} />
        {organization.alternateNames && organization.alternateNames.length > 0 ? (
          <Field label={text().alsoKnownAs}>{organization.alternateNames.join(', ')}</Field>
        ) : null}
        <SourceTextField label={text().organization} value={organization.description} />
      </dl>

      <section className="sources" aria-labelledby="sources-title">
        <h3 id="sources-title">{text().sources}</h3>
        <SourceList sources={record.sources} />
        <p>
          {text().verified}: {formatPartialDate(record.verified.date)} (<ShownTextSpan shown={english(record.verified.method)} />)
        </p>
      </section>
      <ReportProblem record={record} />
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

/** A field in the source's own words, which are English: marked as such in any other language. */
function SourceTextField({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <Field label={label}>
      <ShownTextSpan shown={sourceText(value)} />
    </Field>
  );
}

/** Each qualification a source states, as a badge naming that source. */
function TrustBadges({ record }: { record: ServiceRecord }) {
  const source = record.sources.find((candidate) => candidate.fields.includes('trust'));
  return (
    <ul className="trust-badges">
      {record.trust?.map((flag) => (
        <li key={flag} className="badge">
          {messages.trustFlagNames[flag]}
          {source ? (
            <span className="badge-source">
              {' '}
              ({messages.safety.source}:{' '}
              {source.url && isWebAddress(source.url) ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  <bdi lang="en">{source.name}</bdi>
                </a>
              ) : (
                <bdi lang="en">{source.name}</bdi>
              )}
              )
            </span>
          ) : null}
        </li>
      ))}
    </ul>
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
