import { useEffect, useRef } from 'react';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { ServiceDetails } from '../service/ServiceDetails';

interface DetailsPaneProps {
  record: ServiceRecord | null;
  now: Date;
  onBack: () => void;
}

export function DetailsPane({ record, now, onBack }: DetailsPaneProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusHeading() {
      headingRef.current?.focus();
    },
    [record],
  );

  return (
    <div className="details-pane">
      <button type="button" className="button button--quiet back" onClick={onBack}>
        ← {messages.details.back}
      </button>
      {record ? (
        <ServiceDetails record={record} now={now} headingRef={headingRef} />
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
