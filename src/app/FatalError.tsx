import { messages } from '../i18n/messages';

/** What the user sees instead of a blank page when the directory cannot start. */
export function FatalError() {
  return (
    <main className="fatal-error" role="alert">
      <h1>{messages.error.title}</h1>
      <p>{messages.error.body}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {messages.error.reload}
      </button>
    </main>
  );
}
