import { CATEGORIES, SERVICES_BY_CATEGORY, type Category, type ServiceTag } from '../data/categories';
import { DAYS, FEATURES, type Feature } from '../data/vocabulary';
import { messages } from '../i18n/messages';
import { LanguageFilter } from './LanguageFilter';
import { OpenAtFilter } from './OpenAtFilter';
import { PhoneFold } from './PhoneFold';
import { DEFAULT_STATE, SORTS, sortInForce, type SearchState } from './searchState';
import type { Facets } from './selectResults';

/** Read at each render, so that a change of language shows at once. */
const text = () => messages.filters;

interface FilterBarProps {
  state: SearchState;
  facets: Facets;
  /** Offer "nearest first" only once there is a place to be near. */
  canSortByDistance: boolean;
  onChange: (state: SearchState) => void;
}

/**
 * A need is offered as a filter only when at least this many of the current results state it (or it is
 * on): few listings say whether they are free or walk-in, so a filter on it would hide nearly everything.
 */
export const MIN_STATED = 3;

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export function FilterBar({ state, facets, canSortByDistance, onChange }: FilterBarProps) {
  const change = (patch: Partial<SearchState>) => onChange({ ...state, ...patch, selectedId: null });
  const activeCount = state.categories.length + state.services.length + state.languages.length + state.features.length + (state.open === null ? 0 : 1);
  const anyActive = activeCount > 0;
  const shownFeatures = FEATURES.filter((feature) => state.features.includes(feature) || (facets.features.get(feature) ?? 0) >= MIN_STATED);

  return (
    <section className="filters" aria-label={text().label}>
      <PhoneFold label={anyActive ? `${text().label} (${activeCount})` : text().label}>
      <ChipRow
        label={text().categories}
        anyEnabled={CATEGORIES.some((category) => chipEnabled(state.categories.includes(category), facets.categories.get(category) ?? 0))}
      >
        {CATEGORIES.map((category: Category) => (
          <Chip
            key={category}
            label={messages.categoryNames[category]}
            count={facets.categories.get(category) ?? 0}
            pressed={state.categories.includes(category)}
            onToggle={() => change({ categories: toggled(state.categories, category) })}
          />
        ))}
      </ChipRow>
      <ServiceChips state={state} facets={facets} onToggle={(service) => change({ services: toggled(state.services, service) })} />
      <ChipRow
        label={text().needs}
        anyEnabled={
          chipEnabled(state.open?.kind === 'now', state.open?.kind === 'at' ? 0 : facets.open) ||
          shownFeatures.some((feature) => chipEnabled(state.features.includes(feature), facets.features.get(feature) ?? 0))
        }
      >
        <Chip
          label={text().openNow}
          count={state.open?.kind === 'at' ? 0 : facets.open}
          pressed={state.open?.kind === 'now'}
          onToggle={() => change({ open: state.open?.kind === 'now' ? null : { kind: 'now' } })}
        />
        {shownFeatures.map((feature: Feature) => (
          <Chip
            key={feature}
            label={messages.featureNames[feature]}
            count={facets.features.get(feature) ?? 0}
            pressed={state.features.includes(feature)}
            onToggle={() => change({ features: toggled(state.features, feature) })}
          />
        ))}
      </ChipRow>
      <div className="filter-controls">
        <LanguageFilter selected={state.languages} counts={facets.languages} languagesStated={facets.languagesStated} onChange={(languages) => change({ languages })} />
        <OpenAtFilter
          value={state.open?.kind === 'at' ? state.open : null}
          days={DAYS}
          onChange={(open) => change({ open })}
        />
        <label className="control">
          <span>{text().sort}</span>
          <select value={sortInForce(state, canSortByDistance)} onChange={(event) => change({ sort: SORTS.find((s) => s === event.target.value) ?? 'relevance' })}>
            {SORTS.filter((sort) => sort !== 'distance' || canSortByDistance || state.sort === 'distance').map((sort) => (
              <option key={sort} value={sort}>
                {sort === 'relevance' && canSortByDistance ? messages.answers.bestMatchNearby : text().sortNames[sort]}
              </option>
            ))}
          </select>
        </label>
        {anyActive ? (
          <button type="button" className="button button--quiet" onClick={() => onChange({ ...DEFAULT_STATE, query: state.query, sort: state.sort, near: state.near, unit: state.unit })}>
            {text().clear}
          </button>
        ) : null}
      </div>
      </PhoneFold>
    </section>
  );
}

/** The types of service under the chosen kinds of help, plus any already chosen (from a shared link). */
function ServiceChips({ state, facets, onToggle }: { state: SearchState; facets: Facets; onToggle: (service: ServiceTag) => void }) {
  const offered = state.categories.flatMap((category): readonly ServiceTag[] => SERVICES_BY_CATEGORY[category]);
  const shown = [...new Set([...offered, ...state.services])].filter(
    (service) => state.services.includes(service) || (facets.services.get(service) ?? 0) > 0,
  );
  if (shown.length === 0) return null;
  return (
    <ChipRow label={text().services}>
      {shown.map((service) => (
        <Chip
          key={service}
          label={messages.serviceNames[service]}
          count={facets.services.get(service) ?? 0}
          pressed={state.services.includes(service)}
          onToggle={() => onToggle(service)}
        />
      ))}
    </ChipRow>
  );
}

/** A chip can be pressed while it is on, or while it would find something. */
function chipEnabled(pressed: boolean, count: number): boolean {
  return pressed || count > 0;
}

function ChipRow({ label, anyEnabled = true, children }: { label: string; anyEnabled?: boolean; children: React.ReactNode }) {
  // With every chip disabled the row still scrolls sideways: it then takes the focus itself, so a keyboard can scroll it.
  return (
    <div className="chip-row" role="group" aria-label={label} tabIndex={anyEnabled ? undefined : 0}>
      {children}
    </div>
  );
}

interface ChipProps {
  label: string;
  count: number;
  pressed: boolean;
  onToggle: () => void;
}

function Chip({ label, count, pressed, onToggle }: ChipProps) {
  return (
    <button type="button" className="chip chip--filter" aria-pressed={pressed} disabled={!chipEnabled(pressed, count)} onClick={onToggle}>
      {label} <span className="chip-count">{count}</span>
    </button>
  );
}
