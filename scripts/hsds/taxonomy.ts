import { CATEGORIES, SERVICES_BY_CATEGORY } from '../../src/data/categories';
import type { ServiceRecord } from '../../src/data/schema';
import { FEATURES, TRUST_FLAGS } from '../../src/data/vocabulary';
import { en } from '../../src/i18n/en';
import { hsdsId } from './hsdsIds';
import type { HsdsObject } from './serviceToHsds';

/** What a term says of a service, as the attribute's link_type. */
type TermKind = 'category' | 'service' | 'need' | 'trust';

const KIND_DESCRIPTION: Readonly<Record<TermKind, string>> = {
  category: 'A kind of help, as the Chicago Help Map sorts its listings.',
  service: 'A type of service, under one kind of help.',
  need: "A need the listing meets, set only where a source says so (free, walk-in, no ID, does not ask immigration status).",
  trust: 'Who gives legal help at the organization, as a source says (attorneys, DOJ recognition and accreditation).',
};

export const TAXONOMY = {
  id: hsdsId('taxonomy', 'chicago-help-map'),
  name: 'Chicago Help Map kinds of help and needs',
  description: 'The kinds of help, types of service, needs and legal credentials the Chicago Help Map filters on; codes are the app\'s own.',
  version: '1',
} satisfies HsdsObject;

interface Term {
  kind: TermKind;
  code: string;
  name: string;
  parent?: string;
}

const termId = (code: string) => hsdsId('taxonomy_term', code);

const TERMS: readonly Term[] = [
  ...CATEGORIES.map((category): Term => ({ kind: 'category', code: `category:${category}`, name: en.categoryNames[category] })),
  ...CATEGORIES.flatMap((category) =>
    SERVICES_BY_CATEGORY[category].map((tag): Term => ({ kind: 'service', code: `service:${tag}`, name: en.serviceNames[tag], parent: `category:${category}` })),
  ),
  ...FEATURES.map((feature): Term => ({ kind: 'need', code: `need:${feature}`, name: en.featureNames[feature] })),
  ...TRUST_FLAGS.map((flag): Term => ({ kind: 'trust', code: `trust:${flag}`, name: en.trustFlagNames[flag] })),
];

const BY_CODE = new Map(TERMS.map((term) => [term.code, term]));

function termObject(term: Term): HsdsObject {
  return {
    id: termId(term.code),
    code: term.code,
    name: term.name,
    description: KIND_DESCRIPTION[term.kind],
    ...(term.parent ? { parent_id: termId(term.parent) } : {}),
    taxonomy: TAXONOMY.name,
    language: 'en',
    taxonomy_id: TAXONOMY.id,
    taxonomy_detail: TAXONOMY,
  };
}

/** The codes a listing carries: its kinds of help, types of service, needs and credentials. */
export function termCodes(record: ServiceRecord): string[] {
  return [
    ...record.categories.map((category) => `category:${category}`),
    ...record.services.map((tag) => `service:${tag}`),
    ...(record.features ?? []).map((feature) => `need:${feature}`),
    ...(record.trust ?? []).map((flag) => `trust:${flag}`),
  ];
}

/** A listing's terms as HSDS attributes of its service, each with its taxonomy term nested. */
export function attributesOf(record: ServiceRecord, serviceId: string): HsdsObject[] {
  return termCodes(record).flatMap((code) => {
    const term = BY_CODE.get(code);
    if (!term) return [];
    return [{ id: hsdsId('attribute', record.id, code), link_id: serviceId, taxonomy_term_id: termId(code), link_type: term.kind, link_entity: 'service', taxonomy_term: termObject(term) }];
  });
}

/** Every term of the taxonomy, for readers who want the whole list and not only the terms in use. */
export function allTerms(): HsdsObject[] {
  return TERMS.map(termObject);
}

