export const CATEGORIES = [
  'legal',
  'shelter',
  'food',
  'health',
  'community',
  'education',
  'work',
  'hotline',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Sub-categories, each under exactly one category. */
export const SERVICES_BY_CATEGORY = {
  legal: [
    'asylum',
    'removal-defense',
    'detention',
    'daca',
    'citizenship',
    'family-petitions',
    'u-t-visas',
    'vawa',
    'sijs',
    'tps',
    'work-permits',
    'know-your-rights',
    'civil-legal-aid',
    'immigration-court',
  ],
  shelter: [
    'adult-shelter',
    'family-shelter',
    'youth-shelter',
    'domestic-violence',
    'new-arrivals',
    'drop-in',
    'shelter-intake',
    'emergency-shelter',
    'interim-housing',
    'supportive-housing',
    'homelessness-prevention',
  ],
  food: ['food-pantry', 'meals'],
  health: ['primary-care', 'mental-health', 'wic', 'dental', 'substance-use', 'sexual-health'],
  community: [
    'community-service-center',
    'benefits',
    'tax-preparation',
    'senior-services',
    'immigrant-services',
    'domestic-violence-support',
    'warming-center',
  ],
  education: ['english-classes', 'citizenship-classes', 'library', 'digital-literacy'],
  work: ['job-training', 'workers-rights'],
  hotline: ['crisis-line', 'information-referral', 'legal-intake', 'shelter-placement'],
} as const satisfies Record<Category, readonly string[]>;

export type ServiceTag = (typeof SERVICES_BY_CATEGORY)[Category][number];

export const SERVICE_TAGS: readonly ServiceTag[] = CATEGORIES.flatMap(
  (category): readonly ServiceTag[] => SERVICES_BY_CATEGORY[category],
);

const CATEGORY_OF_SERVICE = new Map<string, Category>(
  CATEGORIES.flatMap((category) => SERVICES_BY_CATEGORY[category].map((tag): [string, Category] => [tag, category])),
);

export function categoryOfService(tag: ServiceTag): Category {
  const category = CATEGORY_OF_SERVICE.get(tag);
  if (!category) throw new Error(`Service tag without a category: ${tag}`);
  return category;
}
