import type { SearchState } from '../filters/searchState';
import { formatDistance } from '../i18n/formatDistance';
import { languageName } from '../i18n/formatDate';
import { activeLocale, messages } from '../i18n/messages';
import { dayName } from '../i18n/dayName';
import { timeOfDay } from '../service/formatHours';
import { METRES_PER_MILE } from '../geo/distance';

/** What was searched and filtered, in words, for a handout's header: a reader sees what the list leaves out. */
export function describeSearch(state: SearchState, placeLabel: string | null): string[] {
  const text = messages.print;
  const lines: string[] = [];
  if (state.query.trim() !== '') lines.push(text.searched(state.query.trim()));
  const open = state.open
    ? state.open.kind === 'now'
      ? [messages.filters.openNow]
      : [`${messages.filters.openAt} ${dayName(state.open.day, activeLocale.intl)} ${timeOfDay(state.open.time, activeLocale.intl)}`]
    : [];
  const filters = [
    ...state.categories.map((category) => messages.categoryNames[category]),
    ...state.services.map((service) => messages.serviceNames[service]),
    ...state.languages.map((code) => languageName(code)),
    ...open,
    ...state.features.map((feature) => messages.featureNames[feature]),
  ];
  if (filters.length > 0) lines.push(text.filtered(filters.join(', ')));
  if (placeLabel !== null) {
    const within = state.within === null ? '' : ` (${text.within(formatDistance(state.within * METRES_PER_MILE, state.unit))})`;
    lines.push(text.near(`${placeLabel}${within}`));
  }
  return lines.length > 0 ? lines : [text.everything];
}
