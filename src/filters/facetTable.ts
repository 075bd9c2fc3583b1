import { CATEGORIES, SERVICE_TAGS, type ServiceTag } from '../data/categories';
import { AGE_GRADES, AGE_PENALTY, ageGrade, type AgeCutoffs } from '../data/freshness';
import { openState, type ChicagoTime, type OpenState } from '../data/openingHours';
import type { ServiceRecord } from '../data/schema';
import { FEATURES } from '../data/vocabulary';
import { distanceMetres, type LatLng } from '../geo/distance';

export function primaryLanguage(code: string): string {
  return code.split('-')[0] ?? code;
}

/** Added to a match's score: a closed service comes after an equally good open one (and older information after newer, AGE_PENALTY). */
const CLOSED_PENALTY = 0.5;

const SERVICE_ID = new Map<ServiceTag, number>(SERVICE_TAGS.map((tag, id) => [tag, id]));

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
  /** Each record's languages as ids, laid end to end: record `doc` has languageList[languageStart[doc] ... languageStart[doc + 1]). */
  readonly languageStart: Int32Array;
  readonly languageList: Int32Array;
  readonly languages: string[] = [];
  /** Each record's services as positions in SERVICE_TAGS, laid end to end like the languages. */
  readonly serviceStart: Int32Array;
  readonly serviceList: Int32Array;
  private readonly openCache = new Map<string, Uint8Array>();
  private readonly stateCache = new Map<string, (OpenState | undefined)[]>();
  private distanceCache: { key: string; distances: Distances } | undefined;
  private ageCache: { cutoff: number; ages: Uint8Array; penalty: Float32Array } | undefined;
  /** 1 for each record that is not active (closed for now, or no longer offering the service). */
  readonly closed: Uint8Array;

  constructor(readonly records: readonly ServiceRecord[]) {
    this.categoryBits = Int32Array.from(records, (record) => bitsOf(record.categories, CATEGORIES));
    this.featureBits = Int32Array.from(records, (record) => bitsOf(record.features ?? [], FEATURES));
    this.closed = Uint8Array.from(records, (record) => (record.status === 'active' ? 0 : 1));
    const ids = new Map<string, number>();
    const perRecord = records.map((record) =>
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
    this.languageStart = new Int32Array(records.length + 1);
    perRecord.forEach((languages, doc) => {
      this.languageStart[doc + 1] = (this.languageStart[doc] ?? 0) + languages.length;
    });
    this.languageList = Int32Array.from(perRecord.flat());
    const serviceIds = records.map((record) => record.services.map((service) => SERVICE_ID.get(service) ?? 0));
    this.serviceStart = new Int32Array(records.length + 1);
    serviceIds.forEach((services, doc) => {
      this.serviceStart[doc + 1] = (this.serviceStart[doc] ?? 0) + services.length;
    });
    this.serviceList = Int32Array.from(serviceIds.flat());
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

  /** Each record's distance from a place (NaN without a point), and its rank nearest first (those without a point last, by name). */
  distancesFrom(origin: LatLng, nameOrder: Int32Array): Distances {
    const key = `${origin.latitude},${origin.longitude}`;
    if (this.distanceCache?.key !== key) {
      const metres = Float32Array.from(this.records, (record) => {
        const point = record.location?.point;
        return point ? distanceMetres(origin, point) : Number.NaN;
      });
      const sortable = metres.map((value) => (Number.isNaN(value) ? Number.MAX_VALUE : value));
      const nearestFirst = this.records
        .map((_, doc) => doc)
        .sort((a, b) => (sortable[a] ?? 0) - (sortable[b] ?? 0) || (nameOrder[a] ?? 0) - (nameOrder[b] ?? 0));
      const order = new Int32Array(this.records.length);
      nearestFirst.forEach((doc, position) => {
        order[doc] = position;
      });
      this.distanceCache = { key, distances: { metres, order } };
    }
    return this.distanceCache.distances;
  }

  /** Each record's age grade (a position in AGE_GRADES) on a day, with the ranking penalty that follows from it and from being closed. */
  agesAt(cutoffs: AgeCutoffs): { ages: Uint8Array; penalty: Float32Array } {
    if (this.ageCache?.cutoff !== cutoffs.recentAfter) {
      const ages = Uint8Array.from(this.records, (record) => AGE_GRADES.indexOf(ageGrade(record, cutoffs)));
      const penalty = Float32Array.from(
        this.records,
        (record, doc) => (record.status === 'active' ? 0 : CLOSED_PENALTY) + AGE_PENALTY[AGE_GRADES[ages[doc] ?? 0] ?? 'recent'],
      );
      this.ageCache = { cutoff: cutoffs.recentAfter, ages, penalty };
    }
    return this.ageCache;
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

export interface Distances {
  metres: Float32Array;
  order: Int32Array;
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
