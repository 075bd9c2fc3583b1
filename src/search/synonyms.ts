import type { Category, ServiceTag } from '../data/categories';
import { NEIGHBORHOOD_AREAS } from '../geo/neighborhoods';

/** What a word in the user's own language asks for. */
export interface Concept {
  categories?: readonly Category[];
  services?: readonly ServiceTag[];
  /** A community area, for the names Chicagoans use for their neighborhoods. */
  communityAreas?: readonly string[];
  /** A language the service should be delivered in: preferred, not required, since few sources state languages. */
  languages?: readonly string[];
}

/** Chinese covers Mandarin and Cantonese, which sources may name by their own codes. */
const LANGUAGE_FAMILIES: Record<string, string[]> = { zh: ['zh', 'cmn', 'yue'] };

function language(code: string, ...names: string[]): [string, Concept][] {
  return names.map((name) => [name, { languages: LANGUAGE_FAMILIES[code] ?? [code] }]);
}

const LEGAL: Concept = { categories: ['legal'] };
const IMMIGRATION: Concept = {
  services: ['asylum', 'removal-defense', 'detention', 'daca', 'citizenship', 'family-petitions', 'u-t-visas', 'vawa', 'sijs', 'tps', 'work-permits', 'know-your-rights', 'immigration-court', 'immigrant-services', 'citizenship-classes'],
};
const SHELTER: Concept = { categories: ['shelter'] };
const FOOD: Concept = { categories: ['food'] };
const HEALTH: Concept = { categories: ['health'] };
const WORK: Concept = { categories: ['work'] };
const LIBRARY: Concept = { services: ['library'] };
const ENGLISH_CLASSES: Concept = { services: ['english-classes'] };
const HOTLINE: Concept = { categories: ['hotline'] };
const MENTAL_HEALTH: Concept = { services: ['mental-health', 'crisis-line'] };
const DOMESTIC_VIOLENCE: Concept = { services: ['domestic-violence', 'domestic-violence-support'] };
const TAXES: Concept = { services: ['tax-preparation'] };
const BENEFITS: Concept = { services: ['benefits', 'wic'] };
const SENIORS: Concept = { services: ['senior-services'] };

/**
 * Words and phrases, already folded (lower case, no accents), in English, Spanish, Polish, Chinese,
 * Arabic and Ukrainian (and a little Russian, Korean, Tagalog and Vietnamese), with the colloquial
 * terms people use for immigration matters.
 */
export const SYNONYMS: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  // Legal help
  ...['lawyer', 'attorney', 'legal', 'legal aid', 'legal help', 'abogado', 'abogada', 'abogados', 'ayuda legal', 'asesoria legal',
    'prawnik', 'adwokat', 'pomoc prawna', '律师', '法律', '法律援助', 'محامي', 'محامى', 'مساعدة قانونية', 'قانوني', 'юрист', 'адвокат',
    'правова допомога', 'юридична допомога', 'юридическая помощь', '변호사', 'luat su', 'luật sư',
  ].map((term): [string, Concept] => [term, LEGAL]),
  // Immigration, including the words people use for it
  ...['immigration', 'immigrant', 'immigrants', 'inmigracion', 'inmigrante', 'inmigrantes', 'migra', 'la migra', 'papeles', 'green card',
    'greencard', 'residencia', 'residency', 'visa', 'visas', 'asylum', 'asilo', 'azyl', 'daca', 'dreamer', 'dreamers', 'deportation',
    'deportacion', 'deportacja', 'citizenship', 'ciudadania', 'naturalization', 'naturalizacion', 'obywatelstwo', 'imigracja', 'imigrant',
    'ice', 'tps', 'u visa', 'itin', 'work permit', 'permiso de trabajo', '移民', '签证', '绿卡', '庇护', 'هجرة', 'الهجرة', 'لجوء', 'اللجوء',
    'تأشيرة', 'الجنسية', 'імміграція', 'іміграція', 'політичний притулок', 'віза', 'громадянство', 'иммиграция', 'убежище', '이민', 'refugee', 'refugiado', 'refugees',
  ].map((term): [string, Concept] => [term, term === 'itin' ? TAXES : IMMIGRATION]),
  // Shelter
  ...['shelter', 'shelters', 'homeless', 'place to sleep', 'sleep', 'bed', 'housing', 'refugio', 'albergue', 'donde dormir', 'vivienda',
    'sin hogar', 'schronisko', 'noclegownia', 'bezdomny', 'mieszkanie', '庇护所', '收容所', '住房', '无家可归', 'مأوى', 'ملجأ', 'سكن',
    'притулок', 'притулок для бездомних', 'житло', 'нічліг', 'приют', 'жилье', '쉼터', 'tirahan', 'drop-in', 'drop in',
  ].map((term): [string, Concept] => [term, SHELTER]),
  // Food
  ...['food', 'food pantry', 'pantry', 'groceries', 'meal', 'meals', 'hungry', 'comida', 'despensa', 'alimentos', 'comedor', 'banco de comida',
    'jedzenie', 'zywnosc', 'żywność', 'bank zywnosci', '食物', '食品', '食品银行', 'طعام', 'غذاء', 'بنك الطعام', 'їжа', 'продукти', 'харчування',
    'еда', '음식', 'pagkain', 'thuc pham', 'thực phẩm',
  ].map((term): [string, Concept] => [term, FOOD]),
  // Health
  ...['health', 'clinic', 'doctor', 'medical', 'hospital', 'health care', 'healthcare', 'clinica', 'medico', 'salud', 'doctor gratis',
    'lekarz', 'przychodnia', 'zdrowie', '诊所', '医生', '医疗', '健康', 'عيادة', 'طبيب', 'صحة', 'лікар', 'клініка', 'здоров\'я', 'врач',
    '병원', 'doktor', 'bac si', 'bác sĩ', 'dentist', 'dentista', 'dental',
  ].map((term): [string, Concept] => [term, HEALTH]),
  ...['wic', 'benefits', 'snap', 'food stamps', 'cupones', 'medicaid', 'beneficios', 'ayuda publica'].map((term): [string, Concept] => [term, BENEFITS]),
  ...['mental health', 'counseling', 'therapy', 'salud mental', 'consejeria', 'psicologo', 'psycholog', 'zdrowie psychiczne', '心理', 'صحة نفسية',
    'психолог', 'crisis', 'suicide', 'suicidio'].map((term): [string, Concept] => [term, MENTAL_HEALTH]),
  ...['domestic violence', 'abuse', 'violencia domestica', 'violencia', 'abuso', 'przemoc', 'przemoc domowa', '家暴', 'عنف', 'насильство', 'насилие',
  ].map((term): [string, Concept] => [term, DOMESTIC_VIOLENCE]),
  ...['job', 'jobs', 'work', 'employment', 'trabajo', 'empleo', 'praca', '工作', '就业', 'عمل', 'وظيفة', 'робота', 'работа', 'wage theft', 'robo de salario',
  ].map((term): [string, Concept] => [term, WORK]),
  ...['library', 'libraries', 'biblioteca', 'biblioteka', '图书馆', 'مكتبة', 'бібліотека', 'библиотека'].map((term): [string, Concept] => [term, LIBRARY]),
  ...['english class', 'english classes', 'esl', 'learn english', 'clases de ingles', 'ingles', 'kurs angielskiego', 'angielski', '英语课', '英文',
    'دروس انجليزي', 'الانجليزية', 'англійська', 'английский'].map((term): [string, Concept] => [term, ENGLISH_CLASSES]),
  ...['hotline', 'helpline', 'phone line', 'linea de ayuda', 'telefono de ayuda', 'infolinia', '热线', 'خط ساخن', 'гаряча лінія', 'горячая линия',
  ].map((term): [string, Concept] => [term, HOTLINE]),
  ...['taxes', 'tax', 'impuestos', 'podatki', '报税', 'ضرائب', 'податки'].map((term): [string, Concept] => [term, TAXES]),
  ...['seniors', 'senior', 'elderly', 'personas mayores', 'ancianos', 'seniorzy', '老人', 'كبار السن', 'літні'].map((term): [string, Concept] => [term, SENIORS]),
  ...language('es', 'spanish', 'espanol', 'en espanol', 'hiszpanski', 'ispanskyi'),
  ...language('pl', 'polish', 'polski', 'po polsku', 'polaco'),
  ...language('zh', 'chinese', 'mandarin', 'cantonese', 'chino', '中文', '普通话', '粤语', 'chinski'),
  ...language('ar', 'arabic', 'arabe', 'عربي', 'العربية', 'بالعربي'),
  ...language('uk', 'ukrainian', 'українська', 'українською', 'ucraniano', 'ukrainski'),
  ...language('ru', 'russian', 'русский', 'по-русски'),
  ...language('ko', 'korean', '한국어'),
  ...language('vi', 'vietnamese', 'tieng viet'),
  ...language('tl', 'tagalog', 'filipino'),
  ...NEIGHBORHOOD_AREAS.map(([name, communityAreas]): [string, Concept] => [name, { communityAreas }]),
]);

/** Words that carry no need of their own ("help", "near me", "ayuda"), ignored unless nothing else is left. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'help', 'need', 'i', 'me', 'my', 'a', 'an', 'the', 'for', 'in', 'at', 'near', 'of', 'to', 'and', 'with', 'where', 'find', 'tonight', 'today', 'now', 'free',
  'ayuda', 'necesito', 'un', 'una', 'el', 'la', 'los', 'las', 'de', 'en', 'para', 'cerca', 'y', 'con', 'donde', 'gratis', 'hoy',
  'pomoc', 'potrzebuje', 'potrzebuję', 'w', 'dla', 'blisko', 'i', 'za darmo', 'darmowy',
  '帮助', '需要', '免费', '附近',
  'مساعدة', 'احتاج', 'أحتاج', 'مجاني', 'قريب', 'في',
  'допомога', 'потрібна', 'потрібен', 'безкоштовно', 'поруч', 'в', 'у', 'помощь', 'нужна', 'нужен', 'бесплатно',
]);
