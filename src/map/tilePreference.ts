const KEY = 'helpmap.tiles';

/** The "don't load map images" choice, kept on this device only. Storage may be blocked: then it lasts for the visit. */
export function readTilesOff(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'off';
  } catch {
    return false;
  }
}

export function saveTilesOff(off: boolean): void {
  try {
    if (off) window.localStorage.setItem(KEY, 'off');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private browsing or storage turned off: the choice still holds until the page is closed.
  }
}
