import type { LatLng } from './distance';

/** Three decimals is about 100 m: near enough to sort by distance, not a doorstep. */
export const COORDINATE_DECIMALS = 3;

/** A position from the device as it goes into the link: rounded, and marked with @ as the user's own. */
export function roundedCoordinates({ latitude, longitude }: LatLng): string {
  return `@${latitude.toFixed(COORDINATE_DECIMALS)},${longitude.toFixed(COORDINATE_DECIMALS)}`;
}
