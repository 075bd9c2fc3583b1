import { readChoice, saveChoice } from '../storage/deviceChoices';
import { MAP_APPS, type MapApp } from './links';

/** The map app chosen for directions, kept on this device only. */
export function readMapApp(): MapApp {
  const saved = readChoice('mapApp');
  return MAP_APPS.find((app) => app === saved) ?? 'google';
}

export function saveMapApp(app: MapApp): void {
  saveChoice('mapApp', app);
}
