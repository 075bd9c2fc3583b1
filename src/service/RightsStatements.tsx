import type { RightsStatement } from '../data/rightsSchema';
import { formatPartialDate } from '../i18n/formatDate';
import { statementText } from '../i18n/loadRights';
import { activeLocale, messages } from '../i18n/messages';
import { ShownTextSpan } from './ShownTextSpan';

/** Statements, each with the public page it comes from and that page's date. */
export function RightsStatements({ statements }: { statements: readonly RightsStatement[] }) {
  return (
    <ul className="rights-statements">
      {statements.map((statement) => (
        <li key={statement.id} data-statement-id={statement.id}>
          <ShownTextSpan shown={statementText(statement, activeLocale.code)} />{' '}
          <span className="rights-source">
            ({messages.safety.source}:{' '}
            <a href={statement.source.url} target="_blank" rel="noopener noreferrer">
              <bdi lang="en">{statement.source.name}</bdi>
            </a>
            {`, ${formatPartialDate(statement.source.date)}`})
          </span>
        </li>
      ))}
    </ul>
  );
}
