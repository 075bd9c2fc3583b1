import type { MouseEvent } from 'react';
import type { Unit } from '../filters/searchState';
import type { Result } from '../filters/selectResults';
import { formatDistance } from '../i18n/formatDistance';
import { messages } from '../i18n/messages';
import { recordName } from '../i18n/recordTranslations';
import { AddressLine } from '../service/AddressLine';
import { CategoryTags } from '../service/CategoryTags';
import { OpenStateLine } from '../service/OpenStateLine';
import { PhoneList } from '../service/PhoneList';
import { ShownTextSpan } from '../service/ShownTextSpan';
import { PickButton } from './PickButton';
import { VerifiedNote } from '../service/VerifiedNote';
import { LegalAdviceNote } from '../service/LegalAdviceNote';

export interface ResultCardProps {
  result: Result;
  /** The number the card shares with its map marker; none outside the numbered list. */
  number?: number;
  href: string;
  selected: boolean;
  now: Date;
  chosenTime?: boolean;
  unit?: Unit;
  onOpen: (id: string) => void;
  /** Whether it is on the print list; the add/remove button shows only with onTogglePick. */
  picked?: boolean;
  onTogglePick?: (id: string) => void;
}

export function ResultCard({ result: { record, open, distanceMetres }, number, href, selected, now, chosenTime, unit = 'mi', onOpen, picked = false, onTogglePick }: ResultCardProps) {
  function openInApp(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(record.id);
  }

  return (
    <article className={selected ? 'card card--selected' : 'card'} data-record-id={record.id}>
      <h3 className="card-title">
        {number !== undefined ? (
          <span className="card-number" aria-hidden="true">
            {number}
          </span>
        ) : null}
        <a href={href} onClick={openInApp} data-card-link={record.id}>
          <ShownTextSpan shown={recordName(record)} />
        </a>
      </h3>
      {record.organization.name !== record.name ? <p className="org">
          <bdi>{record.organization.name}</bdi>
        </p> : null}
      {distanceMetres !== null ? <p className="distance">{messages.place.away(formatDistance(distanceMetres, unit))}</p> : null}
      <LegalAdviceNote record={record} />
      <CategoryTags record={record} />
      <OpenStateLine record={record} open={open} chosenTime={chosenTime} />
      <AddressLine record={record} />
      <PhoneList phones={record.phones.filter((phone) => phone.kind !== 'fax').slice(0, 2)} />
      <VerifiedNote record={record} now={now} withSource />
      {onTogglePick ? <PickButton id={record.id} picked={picked} onToggle={onTogglePick} /> : null}
    </article>
  );
}
