import type { Location, Phone } from '../data/schema';

/** A dialable link: tel:+1… for US numbers, tel:211 for service numbers, sms: for text lines. */
export function phoneHref(phone: Phone): string {
  if (phone.kind === 'text') return `sms:${phone.number}`;
  const extension = phone.extension ? `,${phone.extension}` : '';
  return `tel:${phone.number}${extension}`;
}

/** How Chicagoans write numbers: 312-660-1370, 1-855-435-7693 for toll-free, 898-211 for a text code. */
export function formatPhone(number: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
  if (us) {
    const [, area, exchange, line] = us;
    const tollFree = ['800', '833', '844', '855', '866', '877', '888'].includes(area ?? '');
    return `${tollFree ? '1-' : ''}${area}-${exchange}-${line}`;
  }
  if (/^\d{6}$/.test(number)) return `${number.slice(0, 3)}-${number.slice(3)}`;
  return number;
}

export function addressLines(location: Location): [string, string] {
  const street = location.line2 ? `${location.street}, ${location.line2}` : location.street;
  const cityLine = [location.city, [location.state, location.zip].filter(Boolean).join(' ')].join(', ');
  return [street, cityLine];
}

/** Directions carry only the destination's address, never the user's own position. */
export const MAP_APPS = ['google', 'apple', 'osm'] as const;
export type MapApp = (typeof MAP_APPS)[number];
export type TravelMode = 'walking' | 'transit';

/**
 * Directions in the user's choice of map app, by walking or transit. Only the destination goes into
 * the link: the map app asks for the starting point itself, so the user's position is never in it.
 * OpenStreetMap's site has no transit routing, so it offers walking only.
 */
export function directionsLinks(location: Location, app: MapApp): { mode: TravelMode; href: string }[] {
  const destination = addressLines(location).join(', ');
  const point = location.point;
  switch (app) {
    case 'google':
      return (['walking', 'transit'] as const).map((mode) => ({
        mode,
        href: `https://www.google.com/maps/dir/?${new URLSearchParams({ api: '1', destination, travelmode: mode }).toString()}`,
      }));
    case 'apple':
      return (['walking', 'transit'] as const).map((mode) => ({
        mode,
        href: `https://maps.apple.com/?${new URLSearchParams({ daddr: destination, dirflg: mode === 'walking' ? 'w' : 'r' }).toString()}`,
      }));
    case 'osm': {
      const to = point ? `${point.latitude},${point.longitude}` : destination;
      const params: Record<string, string> = point ? { engine: 'fossgis_osrm_foot', route: `;${to}` } : { engine: 'fossgis_osrm_foot', to };
      return [{ mode: 'walking', href: `https://www.openstreetmap.org/directions?${new URLSearchParams(params).toString()}` }];
    }
  }
}

/** Only web addresses leave the app as links; anything else is shown as text. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
