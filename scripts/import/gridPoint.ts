import type { Location } from '../../src/data/schema';
import { isInZip } from '../../src/geo/boundaries';
import type { StreetTable } from '../../src/geo/streetGrid';
import { locateStreetPlace, parseStreetPlace } from '../../src/geo/streetGrid';
import { placePoint, type Boundaries, type Placement } from './places';

/**
 * A map point for a Chicago street address from the project's street-grid geocoder, only where it falls
 * inside the ZIP the address states (or, with none stated, inside one of Chicago's ZIPs).
 */
export function gridPlacement(location: Pick<Location, 'street' | 'zip'>, table: StreetTable, boundaries: Boundaries): Placement {
  const place = parseStreetPlace(location.street);
  if (place?.kind !== 'address' || place.direction === undefined) {
    return { ok: false, reason: `"${location.street}" is not a numbered address with a direction` };
  }
  const found = locateStreetPlace(place, table);
  if (!found.ok) return { ok: false, reason: `${found.reason} for "${location.street}"` };
  const latitude = Math.round(found.latitude * 1e5) / 1e5;
  const longitude = Math.round(found.longitude * 1e5) / 1e5;
  const source = `Chicago Help Map street-grid geocoder (data/geo/streets.json, calibrated on City of Chicago geocodes; leave-one-out error median ${Math.round(table.loo.med)} m, 90% within ${Math.round(table.loo.p90)} m)`;
  if (location.zip) return placePoint(boundaries, latitude, longitude, location.zip, source);
  const insideChicago = boundaries.zipAreas.features.some((area) => isInZip(boundaries.zipAreas, area.properties.zip, latitude, longitude));
  return insideChicago ? placePoint(boundaries, latitude, longitude, undefined, source) : { ok: false, reason: 'the point falls outside every Chicago ZIP' };
}
