import { useId, useState } from 'react';
import { messages } from '../i18n/messages';
import { PreparedMessage } from './PreparedMessage';
import { EMPTY_SUGGESTION, suggestionText, type Suggestion } from './reportText';

const FIELDS = ['name', 'address', 'phone', 'website', 'languages', 'help', 'source'] as const satisfies readonly (keyof Suggestion)[];

/** "Suggest a service": what the person knows of a service the directory lacks, made into a message. */
export function SuggestService() {
  const [suggestion, setSuggestion] = useState<Suggestion>(EMPTY_SUGGESTION);
  const id = useId();
  const labels = messages.safety.suggestFields;
  const trimmed: Suggestion = { ...suggestion };
  for (const field of FIELDS) trimmed[field] = suggestion[field].trim();
  return (
    <PreparedMessage summary={messages.safety.suggest} subject={messages.safety.suggestSubject} body={suggestionText(trimmed)}>
      <p>{messages.reports.suggestWhat}</p>
      <div className="report-form">
        {FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
            {field === 'help' ? (
              <textarea id={`${id}-${field}`} rows={2} maxLength={1000} value={suggestion[field]} onChange={(event) => setSuggestion({ ...suggestion, [field]: event.target.value })} />
            ) : (
              <input id={`${id}-${field}`} maxLength={300} value={suggestion[field]} onChange={(event) => setSuggestion({ ...suggestion, [field]: event.target.value })} />
            )}
          </div>
        ))}
      </div>
    </PreparedMessage>
  );
}
