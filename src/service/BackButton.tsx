/** "← Back…": the arrow points the way the page reads, and a screen reader hears only the words. */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button type="button" className="button button--quiet back" onClick={onBack}>
      <span className="back-arrow" aria-hidden="true">
        ←
      </span>{' '}
      {label}
    </button>
  );
}
