import { useId, useState } from 'react';
import type { Location } from '../data/schema';
import { messages } from '../i18n/messages';
import { directionsLinks, MAP_APPS, type MapApp } from './links';
import { readMapApp, saveMapApp } from './mapAppPreference';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.details;

/** Walking and transit directions in the map app the user prefers; the link holds only the destination. */
export function DirectionsLinks({ location }: { location: Location }) {
  const selectId = useId();
  const [app, setApp] = useState<MapApp>(readMapApp);
  function choose(value: string) {
    const chosen = MAP_APPS.find((candidate) => candidate === value) ?? 'google';
    setApp(chosen);
    saveMapApp(chosen);
  }
  return (
    <div className="directions">
      <div className="directions-links">
        {directionsLinks(location, app).map(({ mode, href }) => (
          <a key={mode} href={href} target="_blank" rel="noopener noreferrer">
            {text().directionsBy[mode]}
          </a>
        ))}
      </div>
      <label htmlFor={selectId} className="directions-app">
        {text().mapApp}
      </label>{' '}
      <select id={selectId} value={app} onChange={(event) => choose(event.target.value)}>
        {MAP_APPS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {text().mapAppNames[candidate]}
          </option>
        ))}
      </select>
      <p className="hint">{text().directionsPrivacy}</p>
    </div>
  );
}
