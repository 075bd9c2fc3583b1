import type { NearbyPlace } from './geoSchemas';
import type { Place } from './place';

/** "Evanston, IL" and "Oak Park Illinois" name the town; the state adds nothing to the match. */
const STATE_SUFFIX = / (il|illinois|in|indiana)$/;

function asPlace(entry: NearbyPlace): Place {
  const label = entry.kind === 'place' ? `${entry.name}, ${entry.state}` : entry.name;
  return { latitude: entry.lat, longitude: entry.lon, kind: entry.kind === 'place' ? 'town' : 'zip', label, outsideChicago: true };
}

/** A suburban ZIP (five digits) near Chicago, as a place outside the city. */
export function nearbyZip(zip: string, nearby: readonly NearbyPlace[]): Place | undefined {
  const entry = nearby.find((candidate) => candidate.kind === 'zip' && candidate.name === zip);
  return entry && asPlace(entry);
}

/**
 * A town near Chicago by its name, already folded (lower case, no accents or punctuation), as a place
 * outside the city. `fold` is the place box's own, so that "St. John" matches "st john".
 */
export function nearbyTown(folded: string, nearby: readonly NearbyPlace[], fold: (text: string) => string): Place | undefined {
  const wanted = new Set([folded, folded.replace(STATE_SUFFIX, '')]);
  const entry = nearby.find((candidate) => candidate.kind === 'place' && wanted.has(fold(candidate.name)));
  return entry && asPlace(entry);
}
