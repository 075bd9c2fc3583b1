import { activeLocale, messages } from '../i18n/messages';
import type { OpenFilter } from './searchState';
import { dayName } from '../i18n/dayName';

type At = Extract<OpenFilter, { kind: 'at' }>;
type Day = At['day'];

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
        {days.map((day) => (
          <option key={day} value={day}>
            {dayName(day, activeLocale.intl, 'long')}
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
