/** Small, pure text helpers shared by the importers. */

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function stableId(...parts: string[]): string {
  return slugify(parts.join(' ')).slice(0, 90).replace(/-+$/, '');
}

/** A US number in E.164, or undefined when the digits cannot be one (so the phone is left out, not guessed). */
export function toE164(raw: string | undefined): string | undefined {
  const digits = (raw ?? '').replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(national) ? `+1${national}` : undefined;
}

const KEEP_UPPER = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'II', 'III', 'USA', 'YMCA', 'CCC', 'ST.']);

/** "5900 W IOWA ST" -> "5900 W Iowa St"; text that already has lower-case letters is left as written. */
export function tidyCapitals(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(collapsed)) return collapsed;
  return collapsed
    .split(' ')
    .map((word) => (KEEP_UPPER.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

/** For matching the same address across files: "1347 W. Erie St." and "1347 W ERIE ST" agree. */
export function addressKey(street: string): string {
  return street
    .toUpperCase()
    .replace(/[.,#]/g, ' ')
    .replace(/\b(STREET)\b/g, 'ST')
    .replace(/\b(AVENUE)\b/g, 'AVE')
    .replace(/\b(BOULEVARD)\b/g, 'BLVD')
    .replace(/\b(ROAD)\b/g, 'RD')
    .replace(/\b(PLACE)\b/g, 'PL')
    .replace(/\b(PARKWAY)\b/g, 'PKWY')
    .replace(/\b(DRIVE)\b/g, 'DR')
    .replace(/\b(SUITE|STE|FLOOR|FL|ROOM|RM|UNIT)\b.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
