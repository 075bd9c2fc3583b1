import { activeLocale } from './messages';
import { numberFormat } from './intlFormats';

const METRES_PER_MILE = 1609.344;

/** "0.4 mi", "2 mi", "650 m"… through Intl, so each locale writes its own numbers and units. */
export function formatDistance(metres: number, unit: 'mi' | 'km', locale: string = activeLocale.intl): string {
  if (unit === 'km' && metres < 1000) {
    return numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10);
  }
  // Under a tenth of a mile reads as 0.1, never as "0 mi": the place is close, not on the spot.
  const value = Math.max(0.1, unit === 'km' ? metres / 1000 : metres / METRES_PER_MILE);
  return numberFormat(locale, {
    style: 'unit',
    unit: unit === 'km' ? 'kilometer' : 'mile',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
