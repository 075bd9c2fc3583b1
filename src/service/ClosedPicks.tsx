import { messages } from '../i18n/messages';

/** Picks that have closed since they were picked, on the print list and its print-out. */
export function ClosedPicks({ closed }: { closed: readonly { id: string; name: string }[] }) {
  if (closed.length === 0) return null;
  return (
    <ul className="closed-picks" role="status">
      {closed.map(({ id, name }) => (
        <li key={id}>{messages.freshness.closedPick(name)}</li>
      ))}
    </ul>
  );
}
