import { MAP_APPS, type MapApp } from './links';

const KEY = 'helpmap.mapApp';

/** The map app chosen for directions, kept on this device only (storage may be blocked: then it lasts the visit). */
export function readMapApp(): MapApp {
  try {
    const saved = window.localStorage.getItem(KEY);
    return MAP_APPS.find((app) => app === saved) ?? 'google';
  } catch {
    return 'google';
  }
}

export function saveMapApp(app: MapApp): void {
  try {
    window.localStorage.setItem(KEY, app);
  } catch {
    // Storage turned off: the choice holds until the page is closed.
  }
}
