import { useEffect, useState } from 'react';
import { loadBoundaries, loadNearbyPlaces } from '../geo/loadGeography';
import type { Geography, PlaceLookup } from '../geo/place';
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
        .then(async ([{ areas, zips }, streets, { resolvePlace }]) => {
          const geography: Geography = { areas, zips, streets };
          const inChicago = resolvePlace(near, geography);
          // Suburbs and suburban ZIPs are fetched only for a place the city's own data does not hold;
          // offline before they were cached, the city's answer stands.
          const lookup = mayBeNearby(inChicago)
            ? await loadNearbyPlaces().then(({ places }) => resolvePlace(near, { ...geography, nearby: places }), () => inChicago)
            : inChicago;
          if (current) setStatus({ near, status: { kind: 'resolved', ...lookup } });
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

/** A name not found in Chicago, or a ZIP outside it: a suburb's name or ZIP, perhaps. Coordinates never are. */
function mayBeNearby(lookup: PlaceLookup): boolean {
  return !lookup.ok && (lookup.problem === 'not-found' || (lookup.problem === 'outside-chicago' && lookup.detail !== undefined));
}
