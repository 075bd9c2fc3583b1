import { useId, useState, type ReactNode } from 'react';

/**
 * On a phone, after a search, what the first screen has no room for (the filters, the distance choices)
 * waits behind one button, so the first result shows without scrolling. On a wider screen, or before a
 * search, the button is not drawn and the content is always there (phone.css).
 */
export function PhoneFold({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="button button--quiet phone-fold-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <div id={id} className="phone-fold" data-open={open || undefined}>
        {children}
      </div>
    </>
  );
}
