import type { ComponentProps, MouseEvent } from 'react';
import { messages } from '../i18n/messages';
import type ServiceMap from '../map/ServiceMap';
import { useServiceMap } from './serviceMapCode';

function skipToResults(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('results')?.focus();
}

/**
 * The first Tab stops: to the results, and to the map (shown first, on a phone). They focus their target
 * themselves: following "#results" would replace the search kept after the #.
 */
export function SkipLinks({ onShowMap }: { onShowMap: () => void }) {
  function skipToMap(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onShowMap();
    requestAnimationFrame(() => {
      const pane = document.getElementById('map');
      (pane?.querySelector<HTMLElement>('.leaflet-container') ?? pane)?.focus();
    });
  }
  return (
    <>
      <a className="skip-link" href="#results" onClick={skipToResults}>
        {messages.skipToResults}
      </a>
      <a className="skip-link" href="#map" onClick={skipToMap}>
        {messages.skipToMap}
      </a>
    </>
  );
}

/** The map once its code is here; until then, a line that says it is coming. */
export function MapSlot(props: ComponentProps<typeof ServiceMap>) {
  const ServiceMapComponent = useServiceMap();
  if (!ServiceMapComponent) return <p className="map-loading">{messages.map.loading}</p>;
  // eslint-disable-next-line react-hooks/static-components -- the map module's own export: the same component on every render
  return <ServiceMapComponent {...props} />;
}
