import type { Location, Phone } from '../data/schema';

function digitsOf(number: string): string {
  return number.replace(/\D/g, '');
}

/** A dialable link: tel:+1… for US numbers, tel:211 for service numbers, sms: for text lines. */
export function phoneHref(phone: Phone): string {
  const digits = digitsOf(phone.number);
  const scheme = phone.kind === 'text' ? 'sms' : 'tel';
  const dialable = digits.length === 10 ? `+1${digits}` : digits.length === 11 ? `+${digits}` : digits;
  const extension = phone.extension && scheme === 'tel' ? `,${phone.extension}` : '';
  return `${scheme}:${dialable}${extension}`;
}

export function addressLines(location: Location): [string, string] {
  const street = location.line2 ? `${location.street}, ${location.line2}` : location.street;
  const cityLine = [location.city, [location.state, location.zip].filter(Boolean).join(' ')].join(', ');
  return [street, cityLine];
}

/** Directions carry only the destination's address, never the user's own position. */
export function directionsHref(location: Location): string {
  const destination = addressLines(location).join(', ');
  const params = new URLSearchParams({ api: '1', destination, travelmode: 'transit' });
  return `https://www.google.com/maps/dir/?${params.toString()}`;
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
