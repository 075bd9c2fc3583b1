import type { ServiceRecord } from '../data/schema';
import { categoryNamesForSearch, serviceNamesForSearch } from '../i18n/searchNames';

/** The text of one record that the index searches, flattened into plain strings. */
export interface SearchDocument {
  id: string;
  name: string;
  organization: string[];
  categories: string[];
  services: string[];
  description: string;
  neighborhood: string[];
}

export function toSearchDocument(record: ServiceRecord): SearchDocument {
  const { organization, location } = record;
  return {
    id: record.id,
    name: record.name,
    organization: [organization.name, ...(organization.alternateNames ?? [])],
    // In every language the app has loaded, so that a name typed in any of them finds the record.
    categories: categoryNamesForSearch(record.categories),
    services: serviceNamesForSearch(record.services),
    description: [record.description, organization.description].filter(Boolean).join(' '),
    neighborhood: [location?.communityArea, location?.zip, location?.street].filter(
      (part): part is string => part !== undefined,
    ),
  };
}
