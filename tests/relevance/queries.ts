import type { Category, ServiceTag } from '../../src/data/categories';

/** What a good first result looks like: every stated condition holds (each list means any of). */
export interface Expected {
  categories?: Category[];
  services?: ServiceTag[];
  ids?: string[];
  languages?: string[];
  communityArea?: string;
  organizationIncludes?: string;
}

export interface RelevanceQuery {
  language: 'en' | 'es' | 'pl' | 'zh' | 'ar' | 'uk';
  query: string;
  expected: Expected;
}

const IMMIGRATION_LEGAL: ServiceTag[] = ['asylum', 'removal-defense', 'daca', 'citizenship', 'family-petitions', 'immigration-court', 'tps', 'u-t-visas'];
const IMMIGRATION: ServiceTag[] = [...IMMIGRATION_LEGAL, 'immigrant-services', 'citizenship-classes', 'know-your-rights'];

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  { language: 'en', query: 'lawyer', expected: { categories: ['legal'] } },
  { language: 'en', query: 'immigration lawyer', expected: { categories: ['legal'], services: IMMIGRATION } },
  { language: 'en', query: 'food pantry', expected: { services: ['food-pantry'] } },
  { language: 'en', query: 'shelter', expected: { categories: ['shelter'] } },
  { language: 'en', query: 'shelter tonight', expected: { categories: ['shelter'] } },
  { language: 'en', query: 'homeless', expected: { categories: ['shelter'] } },
  { language: 'en', query: 'clinic', expected: { categories: ['health'] } },
  { language: 'en', query: 'WIC', expected: { services: ['wic'] } },
  { language: 'en', query: 'library', expected: { services: ['library'] } },
  { language: 'en', query: 'english classes', expected: { services: ['english-classes'] } },
  { language: 'en', query: 'citizenship', expected: { services: ['citizenship', 'citizenship-classes'] } },
  { language: 'en', query: 'DACA', expected: { services: ['daca'] } },
  { language: 'en', query: 'asylum', expected: { services: ['asylum'] } },
  { language: 'en', query: 'green card', expected: { services: IMMIGRATION } },
  { language: 'en', query: 'domestic violence', expected: { services: ['domestic-violence', 'domestic-violence-support'] } },
  { language: 'en', query: 'suicide', expected: { services: ['crisis-line', 'mental-health'] } },
  { language: 'en', query: 'taxes', expected: { services: ['tax-preparation'] } },
  { language: 'en', query: 'job training', expected: { categories: ['work'] } },
  { language: 'en', query: 'imigration', expected: { services: IMMIGRATION } },
  { language: 'en', query: 'Pacific Garden Mission', expected: { ids: ['pacific-garden-mission'] } },
  { language: 'en', query: 'Centro Romero', expected: { ids: ['dfss-centro-romero-6216-n-clark-st'] } },
  { language: 'en', query: 'NIJC', expected: { ids: ['nijc-chicago-office'] } },
  { language: 'en', query: '211', expected: { ids: ['211-metro-chicago'] } },
  { language: 'en', query: '988', expected: { ids: ['988-suicide-and-crisis-lifeline'] } },
  { language: 'en', query: 'food albany park', expected: { categories: ['food'], communityArea: 'Albany Park' } },
  { language: 'en', query: 'library chinatown', expected: { services: ['library'], communityArea: 'Armour Square' } },
  { language: 'en', query: 'shelter uptown', expected: { categories: ['shelter'], communityArea: 'Uptown' } },
  { language: 'en', query: 'clinic little village', expected: { categories: ['health'], communityArea: 'South Lawndale' } },
  { language: 'en', query: 'food pilsen', expected: { categories: ['food'], communityArea: 'Lower West Side' } },
  { language: 'en', query: 'lawyer polish', expected: { categories: ['legal'] } },
  { language: 'es', query: 'abogado', expected: { categories: ['legal'] } },
  { language: 'es', query: 'abogdo', expected: { categories: ['legal'] } },
  { language: 'es', query: 'abogado de inmigración', expected: { categories: ['legal'], services: IMMIGRATION } },
  { language: 'es', query: 'refugio', expected: { categories: ['shelter'] } },
  { language: 'es', query: 'comida', expected: { categories: ['food'] } },
  { language: 'es', query: 'despensa', expected: { categories: ['food'] } },
  { language: 'es', query: 'clínica', expected: { categories: ['health'] } },
  { language: 'es', query: 'papeles', expected: { services: IMMIGRATION } },
  { language: 'es', query: 'la migra', expected: { services: IMMIGRATION } },
  { language: 'es', query: 'asilo', expected: { services: IMMIGRATION } },
  { language: 'es', query: 'ciudadanía', expected: { services: IMMIGRATION } },
  { language: 'es', query: 'clases de inglés', expected: { services: ['english-classes'] } },
  { language: 'es', query: 'biblioteca', expected: { services: ['library'] } },
  { language: 'es', query: 'violencia doméstica', expected: { services: ['domestic-violence', 'domestic-violence-support'] } },
  { language: 'es', query: 'impuestos', expected: { services: ['tax-preparation'] } },
  { language: 'es', query: 'trabajo', expected: { categories: ['work'] } },
  { language: 'es', query: 'necesito ayuda con comida', expected: { categories: ['food'] } },
  { language: 'pl', query: 'prawnik', expected: { categories: ['legal'] } },
  { language: 'pl', query: 'pomoc prawna', expected: { categories: ['legal'] } },
  { language: 'pl', query: 'schronisko', expected: { categories: ['shelter'] } },
  { language: 'pl', query: 'jedzenie', expected: { categories: ['food'] } },
  { language: 'pl', query: 'lekarz', expected: { categories: ['health'] } },
  { language: 'pl', query: 'biblioteka', expected: { services: ['library'] } },
  { language: 'pl', query: 'obywatelstwo', expected: { services: IMMIGRATION } },
  { language: 'pl', query: 'praca', expected: { categories: ['work'] } },
  { language: 'pl', query: 'po polsku', expected: { languages: ['pl'] } },
  { language: 'zh', query: '律师', expected: { categories: ['legal'] } },
  { language: 'zh', query: '找律师', expected: { categories: ['legal'] } },
  { language: 'zh', query: '移民', expected: { services: IMMIGRATION } },
  { language: 'zh', query: '食物', expected: { categories: ['food'] } },
  { language: 'zh', query: '诊所', expected: { categories: ['health'] } },
  { language: 'zh', query: '图书馆', expected: { services: ['library'] } },
  { language: 'zh', query: '中文', expected: { languages: ['zh', 'cmn', 'yue'] } },
  { language: 'ar', query: 'محامي', expected: { categories: ['legal'] } },
  { language: 'ar', query: 'مأوى', expected: { categories: ['shelter'] } },
  { language: 'ar', query: 'طعام', expected: { categories: ['food'] } },
  { language: 'ar', query: 'عيادة', expected: { categories: ['health'] } },
  { language: 'ar', query: 'مكتبة', expected: { services: ['library'] } },
  { language: 'ar', query: 'الهجرة', expected: { services: IMMIGRATION } },
  { language: 'uk', query: 'юрист', expected: { categories: ['legal'] } },
  { language: 'uk', query: 'притулок', expected: { categories: ['shelter'] } },
  { language: 'uk', query: 'їжа', expected: { categories: ['food'] } },
  { language: 'uk', query: 'лікар', expected: { categories: ['health'] } },
  { language: 'uk', query: 'бібліотека', expected: { services: ['library'] } },
  { language: 'uk', query: 'робота', expected: { categories: ['work'] } },
  { language: 'uk', query: 'громадянство', expected: { services: IMMIGRATION } },
];
