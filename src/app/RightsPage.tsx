import { BackButton } from '../service/BackButton';
import { useEffect, useRef, useState } from 'react';
import type { RightsFile } from '../data/rightsSchema';
import { loadRights } from '../i18n/loadRights';
import { activeLocale, messages } from '../i18n/messages';
import { RightsStatements } from '../service/RightsStatements';

/** Know your rights: plain statements, each sourced and dated, in the reader's language. */
export default function RightsPage({ onBack }: { onBack: () => void }) {
  const [rights, setRights] = useState<RightsFile | null>(null);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const text = messages.safety;
  const locale = activeLocale.code;
  useEffect(function loadStatements() {
    let current = true;
    loadRights(locale).then(
      (loaded) => {
        if (current) setRights(loaded);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(function focusHeading() {
    headingRef.current?.focus();
    document.title = `${messages.safety.rights} · ${messages.appTitle}`;
  }, []);

  return (
    <main className="rights-page">
      <BackButton label={text.backToDirectory} onBack={onBack} />
      <h1 tabIndex={-1} ref={headingRef}>
        {text.rights}
      </h1>
      <p>{text.rightsIntro}</p>
      <p className="rights-not-advice">{text.rightsNotAdvice}</p>
      <p>{text.quickExitLimits}</p>
      {failed ? <p role="alert">{messages.error.body}</p> : null}
      {rights?.sections.map((section) => (
        <section key={section.id} aria-labelledby={`rights-${section.id}`}>
          <h2 id={`rights-${section.id}`}>{text.rightsSections[section.id]}</h2>
          <RightsStatements statements={section.statements} />
        </section>
      ))}
    </main>
  );
}
