import { BackButton } from '../service/BackButton';
import { useEffect, useRef } from 'react';
import type { RetiredListings } from '../data/retired';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import type { Unit } from '../filters/searchState';
import { distanceMetres } from '../geo/distance';
import type { Place } from '../geo/place';
import { formatDistance } from '../i18n/formatDistance';
import { PickButton } from '../list/PickButton';
import { ClosedNotice } from '../service/ClosedNotice';
import { ServiceDetails } from '../service/ServiceDetails';

type Closed = RetiredListings['closed'][string];

interface DetailsPaneProps {
  record: ServiceRecord | null;
  /** For an id the listings lack: the closed place it named, undefined while that is still being looked up. */
  closed: Closed | null | undefined;
  now: Date;
  /** The chosen place, to say how far the service is. */
  place: Place | null;
  unit: Unit;
  onBack: () => void;
  picked: boolean;
  onTogglePick: (id: string) => void;
}

export function DetailsPane({ record, closed, now, place, unit, onBack, picked, onTogglePick }: DetailsPaneProps) {
  const point = record?.location?.point;
  const distance = place && point ? messages.place.away(formatDistance(distanceMetres(place, point), unit)) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusHeading() {
      headingRef.current?.focus();
    },
    [record, closed],
  );

  return (
    <div className="details-pane">
      <BackButton label={messages.details.back} onBack={onBack} />
      {record ? (
        <>
          <ServiceDetails record={record} now={now} distance={distance} headingRef={headingRef} />
          <PickButton id={record.id} picked={picked} onToggle={onTogglePick} />
        </>
      ) : closed ? (
        <ClosedNotice closed={closed} headingRef={headingRef} />
      ) : closed === undefined ? (
        <p className="page-loading">{messages.loading}</p>
      ) : (
        <div className="not-found" role="alert">
          <h2 tabIndex={-1} ref={headingRef}>
            {messages.details.notFoundTitle}
          </h2>
          <p>{messages.details.notFoundBody}</p>
        </div>
      )}
    </div>
  );
}
