import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the browser is printing the page (Ctrl+P, the browser's menu, or print emulation). The change
 * is drawn at once, inside the browser's "before print" moment, so that what goes to paper is the handout.
 */
export function useBrowserPrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(function followPrinting() {
    // Old browsers (and jsdom) have no matchMedia: beforeprint and afterprint still say it.
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const start = () => flushSync(() => setPrinting(true));
    // A PDF made while print is emulated ends its printing with the page still in print media.
    const end = () => setPrinting(media?.matches ?? false);
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
