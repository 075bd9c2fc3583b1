import { useEffect, useState } from 'react';
import { loadBoundaries } from '../geo/loadGeography';
import type { PlaceLookup } from '../geo/place';
import { loadStreetLocator } from '../geo/loadStreets';

export type PlaceStatus = { kind: 'none' } | { kind: 'finding' } | { kind: 'unavailable' } | ({ kind: 'resolved' } & PlaceLookup);

/** The place typed or shared in the link, worked out in the browser from the bundled boundaries and street grid. */
export function usePlace(near: string): PlaceStatus {
  const [status, setStatus] = useState<{ near: string; status: PlaceStatus }>({ near: '', status: { kind: 'none' } });
  useEffect(
    function resolve() {
      if (near === '') return;
      let current = true;
      // The place finder and its outlines load only when someone asks for a place.
      Promise.all([loadBoundaries(), loadStreetLocator(), import('../geo/place')])
        .then(([{ areas, zips }, streets, { resolvePlace }]) => {
          if (current) setStatus({ near, status: { kind: 'resolved', ...resolvePlace(near, { areas, zips, streets }) } });
        })
        .catch(() => {
          if (current) setStatus({ near, status: { kind: 'unavailable' } });
        });
      return function ignoreLateAnswer() {
        current = false;
      };
    },
    [near],
  );
  if (near === '') return { kind: 'none' };
  return status.near === near ? status.status : { kind: 'finding' };
}
