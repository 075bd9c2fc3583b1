import { CATEGORIES } from '../data/categories';
import { isNotRecentlyConfirmed } from '../data/freshness';
import { openState, type ChicagoTime, type OpenState } from '../data/openingHours';
import { FEATURES, type ServiceRecord } from '../data/schema';

export function primaryLanguage(code: string): string {
  return code.split('-')[0] ?? code;
}

const OPEN = 2;
const CLOSED = 1;

/**
 * What the filters ask of every record on every keystroke, worked out once as numbers: categories and
 * needs as bits, languages as small ids, and open or closed once per minute. Filtering and counting
 * 30,000 records then costs a few integer operations each.
 */
export class FacetTable {
  readonly categoryBits: Int32Array;
  readonly featureBits: Int32Array;
  readonly languageIds: number[][];
  readonly languages: string[] = [];
  private readonly openCache = new Map<string, Uint8Array>();
  private readonly stateCache = new Map<string, (OpenState | undefined)[]>();
  private staleCache: { cutoff: number; stale: Uint8Array } | undefined;

  constructor(readonly records: readonly ServiceRecord[]) {
    this.categoryBits = Int32Array.from(records, (record) => bitsOf(record.categories, CATEGORIES));
    this.featureBits = Int32Array.from(records, (record) => bitsOf(record.features ?? [], FEATURES));
    const ids = new Map<string, number>();
    this.languageIds = records.map((record) =>
      [...new Set(record.languages.map(primaryLanguage))].map((code) => {
        let id = ids.get(code);
        if (id === undefined) {
          id = this.languages.length;
          ids.set(code, id);
          this.languages.push(code);
        }
        return id;
      }),
    );
  }

  /** 2 open, 1 closed, 0 unknown, per record, at a moment in Chicago (kept for the last few moments asked). */
  openAt(time: ChicagoTime): Uint8Array {
    const key = timeKey(time);
    let open = this.openCache.get(key);
    if (!open) {
      open = Uint8Array.from(this.records, (record) => {
        const state = openState(record.hours, time).kind;
        return state === 'open' ? OPEN : state === 'closed' ? CLOSED : 0;
      });
      if (this.openCache.size > 4) this.openCache.clear();
      this.openCache.set(key, open);
    }
    return open;
  }

  staleBefore(cutoff: number): Uint8Array {
    if (this.staleCache?.cutoff !== cutoff) {
      this.staleCache = { cutoff, stale: Uint8Array.from(this.records, (record) => (isNotRecentlyConfirmed(record, cutoff) ? 1 : 0)) };
    }
    return this.staleCache.stale;
  }

  /** The open states shown on cards at a moment, each worked out the first time a card needs it. */
  openStatesAt(time: ChicagoTime): (doc: number) => OpenState {
    const key = timeKey(time);
    let states = this.stateCache.get(key);
    if (!states) {
      if (this.stateCache.size > 4) this.stateCache.clear();
      states = new Array<OpenState | undefined>(this.records.length);
      this.stateCache.set(key, states);
    }
    const known = states;
    return (doc) => {
      let state = known[doc];
      if (!state) {
        state = openState(this.records[doc]?.hours, time);
        known[doc] = state;
      }
      return state;
    };
  }
}

function timeKey(time: ChicagoTime): string {
  return `${time.day}|${time.minutes}|${time.dayOfMonth}|${time.daysInMonth}`;
}

export function isOpen(value: number | undefined): boolean {
  return value === OPEN;
}

export function bitsOf<T>(values: readonly T[], all: readonly T[]): number {
  let bits = 0;
  for (const value of values) {
    const position = all.indexOf(value);
    if (position >= 0) bits |= 1 << position;
  }
  return bits;
}

const tables = new WeakMap<readonly ServiceRecord[], FacetTable>();

export function facetTableFor(records: readonly ServiceRecord[]): FacetTable {
  let table = tables.get(records);
  if (!table) {
    table = new FacetTable(records);
    tables.set(records, table);
  }
  return table;
}
