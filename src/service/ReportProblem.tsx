import { useId, useState } from 'react';
import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';
import { REPORT_FIELDS, type ReportField } from '../i18n/reports/en';
import { PreparedMessage } from './PreparedMessage';
import { reportText } from './reportText';

/** "Report a problem": which fact is wrong and what is right, made into a message for the curators. */
export function ReportProblem({ record }: { record: ServiceRecord }) {
  const [field, setField] = useState<ReportField>('phones');
  const [says, setSays] = useState('');
  const fieldId = useId();
  const saysId = useId();
  const text = messages.reports;
  return (
    <PreparedMessage summary={messages.safety.report} subject={messages.safety.reportSubject(record.name)} body={reportText(record, window.location.href, field, says.trim())}>
      <div className="report-form">
        <label htmlFor={fieldId}>{text.whatIsWrong}</label>
        <select id={fieldId} value={field} onChange={(event) => setField(REPORT_FIELDS.find((choice) => choice === event.target.value) ?? 'other')}>
          {REPORT_FIELDS.map((choice) => (
            <option key={choice} value={choice}>
              {text.choices[choice]}
            </option>
          ))}
        </select>
        <label htmlFor={saysId}>{text.whatIsRight}</label>
        <textarea id={saysId} rows={3} maxLength={1000} value={says} onChange={(event) => setSays(event.target.value)} />
      </div>
    </PreparedMessage>
  );
}
