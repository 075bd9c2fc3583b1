import { CATEGORIES, SERVICES_BY_CATEGORY } from '../../src/data/categories';
import type { ServiceRecord } from '../../src/data/schema';

/** A small deterministic generator (mulberry32), so every run measures the same records. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_WORDS = ['Community', 'Family', 'Center', 'Services', 'Alliance', 'Network', 'Mission', 'House', 'Legal', 'Aid', 'Health',
  'Clinic', 'Pantry', 'Shelter', 'Neighborhood', 'Resource', 'Hope', 'Unity', 'Casa', 'Centro', 'Latino', 'Polish', 'Korean',
  'Arab', 'Chinese', 'Ukrainian', 'African', 'Immigrant', 'Refugee', 'Workers', 'Youth', 'Senior', 'Women', 'Justice', 'Project',
  'Coalition', 'Association', 'Partnership', 'Ministry', 'Foundation', 'Esperanza', 'Nuevo', 'Horizon', 'Bridge', 'Harbor'];
const DESCRIPTION_WORDS = ['free', 'help', 'with', 'immigration', 'applications', 'food', 'pantry', 'open', 'weekly', 'families',
  'children', 'seniors', 'shelter', 'beds', 'intake', 'case', 'management', 'counseling', 'legal', 'advice', 'citizenship',
  'classes', 'english', 'language', 'support', 'groups', 'medical', 'care', 'dental', 'vision', 'insurance', 'enrollment',
  'benefits', 'snap', 'wic', 'housing', 'rental', 'assistance', 'utility', 'bills', 'job', 'training', 'resume', 'interview',
  'workers', 'rights', 'wage', 'claims', 'tax', 'preparation', 'itin', 'asylum', 'daca', 'renewals', 'deportation', 'defense',
  'interpreters', 'available', 'spanish', 'polish', 'arabic', 'chinese', 'appointments', 'walk-ins', 'welcome', 'residents',
  'neighborhood', 'community', 'trained', 'volunteers', 'attorneys', 'accredited', 'representatives', 'confidential', 'services'];
const STREETS = ['Ashland', 'Western', 'Kedzie', 'Pulaski', 'Cicero', 'Halsted', 'Damen', 'California', 'Cermak', 'Roosevelt', 'Devon',
  'Lawrence', 'Belmont', 'Fullerton', 'North', 'Chicago', 'Madison', '26th', '47th', '63rd', 'Archer', 'Milwaukee', 'Clark', 'Broadway'];
const AREAS = ['Lower West Side', 'South Lawndale', 'Albany Park', 'Uptown', 'Rogers Park', 'West Ridge', 'Humboldt Park', 'New City',
  'Gage Park', 'Brighton Park', 'Belmont Cragin', 'Armour Square', 'Logan Square', 'Austin', 'Englewood'];
const LANGUAGES = ['en', 'es', 'pl', 'zh', 'ar', 'uk', 'ko', 'vi', 'tl', 'ru'];

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Records shaped like the real ones: names, ~40-word descriptions, categories, languages, addresses. */
export function syntheticRecords(count: number, seed = 1): ServiceRecord[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index): ServiceRecord => {
    const category = pick(next, CATEGORIES);
    const services = [pick(next, SERVICES_BY_CATEGORY[category])];
    const name = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(next, NAME_WORDS)).join(' ');
    const description = Array.from({ length: 35 + Math.floor(next() * 10) }, () => pick(next, DESCRIPTION_WORDS)).join(' ');
    return {
      id: `synthetic-${index}`,
      name,
      organization: { name: `${pick(next, NAME_WORDS)} ${pick(next, NAME_WORDS)} Inc` },
      description,
      categories: [category],
      services,
      languages: next() < 0.4 ? [pick(next, LANGUAGES), 'en'] : [],
      status: 'active',
      phones: [{ number: '+13125550100', kind: 'voice' }],
      location: {
        street: `${100 + Math.floor(next() * 9000)} ${pick(next, ['N', 'S', 'W', 'E'])} ${pick(next, STREETS)} Ave`,
        city: 'Chicago',
        state: 'IL',
        zip: '60608',
        communityArea: pick(next, AREAS),
        point: { latitude: 41.7 + next() * 0.3, longitude: -87.8 + next() * 0.25, source: 'synthetic' },
      },
      hours: next() < 0.5 ? { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] } : undefined,
      ...syntheticProvenance(next() < 0.5 ? '2025-01' : '2020-03'),
    };
  });
}

/** A source and the check date it gives: the check date is always the newest source's. */
function syntheticProvenance(date: string) {
  return {
    sources: [{ name: 'synthetic', url: 'https://example.org/synthetic', date, kind: 'city-list' as const, fields: ['name' as const] }],
    verified: { date, method: 'synthetic' },
  };
}
