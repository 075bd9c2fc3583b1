import { messages } from '../i18n/messages';
import type { OpenFilter } from './searchState';
import { activeLocale } from '../i18n/messages';
import { dateTimeFormat } from '../i18n/intlFormats';

type At = Extract<OpenFilter, { kind: 'at' }>;
type Day = At['day'];

// 2024-01-01 was a Monday: a fixed week gives stable weekday names from Intl.
const MONDAY_UTC = Date.UTC(2024, 0, 1);

function dayName(index: number): string {
  return dateTimeFormat(activeLocale.intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY_UTC + index * 86_400_000));
}

interface OpenAtFilterProps {
  value: At | null;
  days: readonly Day[];
  onChange: (open: OpenFilter | null) => void;
}

/** Open on a chosen weekday at a chosen time, in Chicago time. */
export function OpenAtFilter({ value, days, onChange }: OpenAtFilterProps) {
  return (
    <fieldset className="control open-at">
      <legend>{messages.filters.openAt}</legend>
      <select
        aria-label={messages.filters.day}
        value={value?.day ?? ''}
        onChange={(event) => {
          const day = days.find((candidate) => candidate === event.target.value);
          onChange(day ? { kind: 'at', day, time: value?.time ?? '12:00' } : null);
        }}
      >
        <option value="">{messages.filters.anyTime}</option>
        {days.map((day, index) => (
          <option key={day} value={day}>
            {dayName(index)}
          </option>
        ))}
      </select>
      {value ? (
        <input
          type="time"
          aria-label={messages.filters.time}
          value={value.time}
          onChange={(event) => {
            if (/^\d{2}:\d{2}$/.test(event.target.value)) onChange({ ...value, time: event.target.value });
          }}
        />
      ) : null}
    </fieldset>
  );
}
