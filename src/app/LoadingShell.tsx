import { messages } from '../i18n/messages';
import { useEscapeTwiceToExit } from './quickExit';
import { QuickExitButton } from './QuickExitButton';

/**
 * What shows while the listings load on a slow connection: the page's frame, a status line, and
 * quick exit, which needs no data and must work from the first moment, by its button or Escape twice.
 */
export function LoadingShell() {
  useEscapeTwiceToExit();
  return (
    <>
      <div className="safety-strip">
        <QuickExitButton />
      </div>
      <header className="site-header">
        <div className="title-row">
          <h1>{messages.appTitle}</h1>
        </div>
        <p className="tagline">{messages.appTagline}</p>
      </header>
      <main className="loading-shell">
        <p role="status">{messages.loadingDirectory}</p>
      </main>
    </>
  );
}
