import { messages } from '../i18n/messages';

/** Puts a service on the print list, or takes it off: a toggle, so screen readers say which it is. */
export function PickButton({ id, picked, onToggle }: { id: string; picked: boolean; onToggle: (id: string) => void }) {
  return (
    <button type="button" className="button button--quiet pick-button" aria-pressed={picked} onClick={() => onToggle(id)}>
      {picked ? `✓ ${messages.print.removeFromList}` : `+ ${messages.print.addToList}`}
    </button>
  );
}
