import { readChoice, saveChoice } from '../storage/deviceChoices';

/** The "don't load map images" choice, kept on this device only. */
export function readTilesOff(): boolean {
  return readChoice('tilesOff') === 'off';
}

export function saveTilesOff(off: boolean): void {
  saveChoice('tilesOff', off ? 'off' : null);
}
