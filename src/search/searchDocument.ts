import type { ServiceRecord } from '../data/schema';
import { messages } from '../i18n/messages';

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
    categories: record.categories.map((category) => messages.categoryNames[category]),
    services: record.services.map((tag) => messages.serviceNames[tag]),
    description: [record.description, organization.description].filter(Boolean).join(' '),
    neighborhood: [location?.communityArea, location?.zip, location?.street].filter(
      (part): part is string => part !== undefined,
    ),
  };
}
