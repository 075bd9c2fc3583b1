import { CATEGORIES, SERVICE_TAGS, type Category, type ServiceTag } from '../data/categories';
import { messages } from './messages';
import { namesEn, type CatalogNames } from './names/en';

let everyLanguage: readonly CatalogNames[] = [];

/**
 * Fetches the names in every interface language: an index built after this matches all of them. English's
 * and the active language's are here from the start; all ten together are about 12 KB gzip, too much to
 * hold up the first render, so main.tsx asks for them after it.
 */
export async function loadNamesInEveryLanguage(): Promise<void> {
  const { NAMES_IN_EVERY_LANGUAGE } = await import('./names/everyLanguage');
  everyLanguage = Object.values(NAMES_IN_EVERY_LANGUAGE);
}

interface NameTable {
  active: CatalogNames;
  loaded: readonly CatalogNames[];
  categories: Map<Category, string[]>;
  services: Map<ServiceTag, string[]>;
}

let table: NameTable | undefined;

/** Each category's and service's names in English, the active language and every loaded one, each name once. */
function currentTable(): NameTable {
  if (table?.active === messages && table.loaded === everyLanguage) return table;
  const sources = [namesEn, messages, ...everyLanguage];
  const namesOf = <Key extends string>(keys: readonly Key[], pick: (names: CatalogNames, key: Key) => string) =>
    new Map(keys.map((key) => [key, [...new Set(sources.map((names) => pick(names, key)))]]));
  table = {
    active: messages,
    loaded: everyLanguage,
    categories: namesOf(CATEGORIES, (names, category) => names.categoryNames[category]),
    services: namesOf(SERVICE_TAGS, (names, tag) => names.serviceNames[tag]),
  };
  return table;
}

/** What the search matches for these categories: their names in every language it has. */
export function categoryNamesForSearch(categories: readonly Category[]): string[] {
  const { categories: names } = currentTable();
  return categories.flatMap((category) => names.get(category) ?? []);
}

/** What the search matches for these services: their names in every language it has. */
export function serviceNamesForSearch(services: readonly ServiceTag[]): string[] {
  const { services: names } = currentTable();
  return services.flatMap((tag) => names.get(tag) ?? []);
}
