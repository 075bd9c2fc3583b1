import { useEffect, useState } from 'react';
import type { RightsStatement } from '../data/rightsSchema';
import { loadRights } from '../i18n/loadRights';
import { activeLocale, messages } from '../i18n/messages';
import { RightsStatements } from './RightsStatements';

/** Who may give immigration legal advice, from the sourced Know Your Rights statements: shown with legal help. */
/** compact: the first statement shown, the rest a tap away, so that the results stay in view. */
export function NotarioWarning({ headingLevel = 2, compact = false }: { headingLevel?: 2 | 3; compact?: boolean }) {
  const [statements, setStatements] = useState<readonly RightsStatement[]>([]);
  const locale = activeLocale.code;
  useEffect(function loadWarning() {
    let current = true;
    loadRights(locale).then(
      (rights) => {
        if (current) setStatements(rights.sections.find((section) => section.id === 'notario')?.statements ?? []);
      },
      // Without the statements the warning is left out; the listing itself still shows.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  if (statements.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <aside className="notario-warning" aria-labelledby="notario-title">
      <Heading id="notario-title">{messages.safety.notarioTitle}</Heading>
      {compact ? (
        <>
          <RightsStatements statements={statements.slice(0, 1)} />
          <details>
            <summary>{messages.safety.more}</summary>
            <RightsStatements statements={statements.slice(1)} />
          </details>
        </>
      ) : (
        <RightsStatements statements={statements} />
      )}
    </aside>
  );
}
