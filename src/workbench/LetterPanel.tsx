import { useState } from 'react';
import type { Listing } from './api';

type Letters = Listing['letters'];

/** The "Is this still right?" letter for the whole organization, in English and Spanish, to copy into a mail. */
export function LetterPanel({ letters, organization }: { letters: Letters; organization: string }) {
  const [copied, setCopied] = useState('');
  const copy = async (language: keyof Letters) => {
    const { subject, body } = letters[language];
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setCopied(language);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <details className="wb-letters">
      <summary>"Is this still right?" letter to {organization}</summary>
      <p>Everything the directory says about the organization's listings, to e-mail or post. Select the text, or copy it.</p>
      {(['en', 'es'] as const).map((language) => (
        <section key={language} lang={language} aria-label={language === 'en' ? 'Letter in English' : 'Carta en español'}>
          <h2>{language === 'en' ? 'English' : 'Español'}</h2>
          <p>
            <strong>{letters[language].subject}</strong>
          </p>
          <pre className="wb-letter">{letters[language].body}</pre>
          <button type="button" onClick={() => void copy(language)}>
            Copy the {language === 'en' ? 'English' : 'Spanish'} letter
          </button>
          {copied === language ? <span role="status"> Copied.</span> : null}
        </section>
      ))}
      {copied === 'failed' ? <p role="alert">This browser would not copy: select the text instead.</p> : null}
    </details>
  );
}
