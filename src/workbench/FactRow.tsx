import type { Fact } from './api';
import type { Answer, Result } from './answers';

const RESULTS: Record<Result, string> = { confirmed: 'Confirmed', changed: 'Changed to…', 'not-asked': 'Not asked' };
const MULTI_LINE = new Set(['phones', 'services', 'hours', 'eligibility', 'requiredDocuments', 'fees']);

interface FactRowProps {
  fact: Fact;
  answer: Answer;
  problems: string[];
  onChange: (answer: Answer) => void;
}

/** One fact of a listing on the phone-check page: what the directory says, its sources, and the answer. */
export function FactRow({ fact, answer, problems, onChange }: FactRowProps) {
  const inputId = `changed-${fact.field}`;
  const hintId = `hint-${fact.field}`;
  const problemId = `problem-${fact.field}`;
  const described = [fact.hint ? hintId : '', problems.length > 0 ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <tr className={problems.length > 0 ? 'wb-invalid' : undefined} data-field={fact.field}>
      <th scope="row">{fact.label}</th>
      <td>
        <span className="wb-value">{fact.value || <em>not stated</em>}</span>
        <ul className="wb-sources">
          {fact.sources.length === 0 ? <li>no source names this</li> : null}
          {fact.sources.map((source) => (
            <li key={`${source.name}-${source.date}`}>
              {source.name} <span className="wb-date">({source.date})</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        <fieldset className="wb-answer">
          <legend className="wb-hidden">{fact.label}</legend>
          {Object.entries(RESULTS).map(([result, label]) => (
            <label key={result}>
              <input
                type="radio"
                name={`answer-${fact.field}`}
                value={result}
                checked={answer.result === result}
                onChange={() => onChange({ ...answer, result: result === 'confirmed' || result === 'changed' ? result : 'not-asked' })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {answer.result === 'changed' ? (
          <div className="wb-change">
            <label htmlFor={inputId}>{fact.label}: what they say now</label>
            {MULTI_LINE.has(fact.field) || answer.value.includes('\n') ? (
              <textarea id={inputId} value={answer.value} rows={3} aria-describedby={described} aria-invalid={problems.length > 0} onChange={(event) => onChange({ ...answer, value: event.target.value })} />
            ) : (
              <input id={inputId} value={answer.value} aria-describedby={described} aria-invalid={problems.length > 0} onChange={(event) => onChange({ ...answer, value: event.target.value })} />
            )}
            {fact.hint ? <small id={hintId}>{fact.hint}</small> : null}
          </div>
        ) : null}
        {problems.length > 0 ? (
          <ul id={problemId} className="wb-problem" role="alert">
            {problems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
