/**
 * The only things this app keeps on the device: choices the user made on purpose. Searches and
 * places are never stored. Storage may be blocked (private browsing, settings): then a choice lasts
 * for the visit, and nothing breaks.
 */
export const CHOICE_KEYS = {
  language: 'helpmap.lang',
  tilesOff: 'helpmap.tiles',
  mapApp: 'helpmap.mapApp',
  printList: 'helpmap.picks',
} as const;

export type Choice = keyof typeof CHOICE_KEYS;

export const CHOICES: readonly Choice[] = ['language', 'tilesOff', 'mapApp', 'printList'];

const PREFIX = 'helpmap.';

export function readChoice(choice: Choice): string | null {
  try {
    return window.localStorage.getItem(CHOICE_KEYS[choice]);
  } catch {
    return null;
  }
}

/** Saves a choice; null forgets it. */
export function saveChoice(choice: Choice, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(CHOICE_KEYS[choice]);
    else window.localStorage.setItem(CHOICE_KEYS[choice], value);
  } catch {
    // Storage turned off: the choice holds until the page is closed.
  }
}

/** Which choices are kept now, for the privacy page. */
export function savedChoices(): Choice[] {
  return CHOICES.filter((choice) => readChoice(choice) !== null);
}

/** Forgets every choice, including keys from older versions of the app. */
export function forgetAllChoices(): void {
  try {
    const storage = window.localStorage;
    const ours = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').filter((key) => key.startsWith(PREFIX));
    for (const key of ours) storage.removeItem(key);
    window.sessionStorage.clear();
  } catch {
    // Nothing could be stored, so nothing is left.
  }
}
