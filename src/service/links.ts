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
