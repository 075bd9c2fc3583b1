import { useEffect, useState } from 'react';
import type { Paper } from '../filters/searchState';
import { loadBoundaries, type Boundaries } from '../geo/loadGeography';

/** The community-area outlines for an area directory's map, once loaded; null until then or without them. */
export function useBoundaries(wanted: boolean): Boundaries | null {
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  useEffect(
    function loadOutlines() {
      if (!wanted) return;
      let current = true;
      loadBoundaries()
        .then((loaded) => {
          if (current) setBoundaries(loaded);
        })
        // Without the outlines the directory prints without its map.
        .catch(() => undefined);
      return () => {
        current = false;
      };
    },
    [wanted],
  );
  return boundaries;
}

/**
 * Sets the printed page size. A constructed style sheet rather than a <style> element: the
 * Content-Security-Policy refuses inline styles, and a sheet built through the CSS object model is not one.
 */
export function usePaperSize(paper: Paper): void {
  useEffect(
    function setPageSize() {
      if (!('adoptedStyleSheets' in document)) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return function removePageSize() {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      };
    },
    [paper],
  );
}
