import { useEffect, useState } from 'react';
import type { StreetTable } from '../geo/geoSchemas';
import { loadStreetTable } from '../geo/loadStreetTable';

/**
 * The street table once it has arrived, null until then. The map draws without it, so a table that fails to load
 * costs only the streets.
 */
export function useMapStreets(): StreetTable | null {
  const [table, setTable] = useState<StreetTable | null>(null);
  useEffect(() => {
    let current = true;
    loadStreetTable().then(
      (loaded) => {
        if (current) setTable(loaded);
      },
      () => {
        if (current) setTable(null);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return table;
}
