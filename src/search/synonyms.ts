import type { Category, ServiceTag } from '../data/categories';
import type { Venue } from '../data/vocabulary';
import { NEIGHBORHOOD_AREAS } from '../geo/neighborhoods';
import type { NeedName } from './everydayWords';

/** What a word in the user's own language asks for. */
export interface Concept {
  categories?: readonly Category[];
  services?: readonly ServiceTag[];
  /** A community area, for the names Chicagoans use for their neighborhoods. */
  communityAreas?: readonly string[];
  /** A language the service should be delivered in: preferred, not required, since few sources state languages. */
  languages?: readonly string[];
  /** Courts or government offices that meet the need ("court", "hearing"). */
  venues?: readonly Venue[];
  /** Only places that help meet it: a court or a government office does not answer "lawyer". */
  helpOnly?: true;
  /** Services the word names exactly, ranked first among those that meet the need ("asylum" among immigration help). */
  preferred?: readonly ServiceTag[];
}

/** Chinese covers Mandarin and Cantonese, which sources may name by their own codes. */
const LANGUAGE_FAMILIES: Record<string, string[]> = { zh: ['zh', 'cmn', 'yue'] };

function language(code: string, ...names: string[]): [string, Concept][] {
  return names.map((name) => [name, { languages: LANGUAGE_FAMILIES[code] ?? [code] }]);
}

const LEGAL: Concept = { categories: ['legal'], helpOnly: true };
const COURT: Concept = { services: ['immigration-court'], venues: ['court'] };
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
 * A word of five letters or more also catches the words one slip away (see parseQuery), so some obvious terms
 * are left out on purpose: "francais" would catch "Francis" (St. Francis Health Center), "sante" "Santa",
 * "papiers" "papers", "pilipino" "Philipino" (an organization's name), "avocate" "advocate", "impot" "import".
 *
 * Words and phrases, already folded (lower case, no accents), in English, Spanish, Polish, Chinese,
 * Arabic, Ukrainian, French, Korean, Tagalog (with common Taglish) and Urdu (in its own script, with a
 * little Roman Urdu), and a little Russian and Vietnamese, with the colloquial terms people use for
 * immigration matters. Folding strips the hamza from Urdu ئ, leaving Arabic ي: "رہائش" is written "رہايش".
 */
export const SYNONYMS: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  // Legal help
  ...['lawyer', 'attorney', 'legal', 'legal aid', 'legal help', 'abogado', 'abogada', 'abogados', 'ayuda legal', 'asesoria legal',
    'prawnik', 'adwokat', 'pomoc prawna', '律师', '法律', '法律援助', 'محامي', 'محامى', 'مساعدة قانونية', 'قانوني', 'юрист', 'адвокат',
    'правова допомога', 'юридична допомога', 'юридическая помощь', '변호사', 'luat su', 'luật sư',
    'avocat', 'avocats', 'aide juridique', 'juridique', 'conseil juridique', 'assistance juridique', 'juriste',
    '법률', '법률 지원', '법률 상담', '법률 구조',
    'abugado', 'tulong legal', 'legal na tulong', 'payong legal', 'manananggol',
    'وکیل', 'قانونی', 'قانونی مدد', 'قانونی امداد', 'قانونی مشورہ', 'wakeel', 'vakeel', 'vakil', 'qanooni madad',
  ].map((term): [string, Concept] => [term, LEGAL]),
  // Immigration, including the words people use for it
  ...['immigration', 'immigrant', 'immigrants', 'inmigracion', 'inmigrante', 'inmigrantes', 'migra', 'la migra', 'papeles', 'green card',
    'greencard', 'residencia', 'residency', 'visa', 'visas', 'asylum', 'asilo', 'azyl', 'daca', 'dreamer', 'dreamers', 'deportation',
    'deportacion', 'deportacja', 'citizenship', 'ciudadania', 'naturalization', 'naturalizacion', 'obywatelstwo', 'imigracja', 'imigrant',
    'ice', 'tps', 'u visa', 'itin', 'work permit', 'permiso de trabajo', '移民', '签证', '绿卡', '庇护', 'هجرة', 'الهجرة', 'لجوء', 'اللجوء',
    'تأشيرة', 'الجنسية', 'імміграція', 'іміграція', 'політичний притулок', 'віза', 'громадянство', 'иммиграция', 'убежище', '이민', 'refugee', 'refugiado', 'refugees',
    'immigre', 'immigree', 'immigres', 'asile', "demande d'asile", "demandeur d'asile", "demandeurs d'asile", 'refugiee', 'refugies',
    'sans papiers', 'sans-papiers', 'carte verte', 'titre de sejour', 'carte de sejour', 'citoyennete', 'naturalisation',
    'permis de travail',
    '망명', '난민', '영주권', '시민권', '비자', '추방', '귀화', '서류미비', '불법체류', '그린카드',
    'imigrasyon', 'imigrante', 'deportasyon', 'pagkamamamayan', 'naturalisasyon', 'tnt',
    'امیگریشن', 'امیگرنٹ', 'سیاسی پناہ', 'پناہ گزین', 'تارکین وطن', 'مہاجر', 'مہاجرین', 'شہریت', 'ملک بدری', 'ویزا', 'گرین کارڈ',
  ].map((term): [string, Concept] => [term, term === 'itin' ? TAXES : IMMIGRATION]),
  // Shelter
  ...['shelter', 'shelters', 'homeless', 'place to sleep', 'sleep', 'bed', 'housing', 'refugio', 'albergue', 'donde dormir', 'vivienda',
    'sin hogar', 'schronisko', 'noclegownia', 'bezdomny', 'mieszkanie', '庇护所', '收容所', '住房', '无家可归', 'مأوى', 'ملجأ', 'سكن',
    'притулок', 'притулок для бездомних', 'житло', 'нічліг', 'приют', 'жилье', '쉼터', 'tirahan', 'drop-in', 'drop in',
    'hebergement', "hebergement d'urgence", "centre d'hebergement", 'refuge', 'refuges', 'abri', 'sans abri', 'sans-abri', 'sdf', 'logement',
    'ou dormir', 'dormir',
    '노숙', '홈리스', '보호소', '숙소', '임시 숙소', '거처', '주거', '주택', '잘 곳',
    'matutuluyan', 'matutulugan', 'tulugan', 'silungan', 'kanlungan', 'walang tirahan', 'walang bahay', 'pabahay',
    'پناہ گاہ', 'شیلٹر', 'رہايش', 'بے گھر', 'panah gah',
  ].map((term): [string, Concept] => [term, SHELTER]),
  // Food
  ...['food', 'food pantry', 'pantry', 'groceries', 'meal', 'meals', 'hungry', 'comida', 'despensa', 'alimentos', 'comedor', 'banco de comida',
    'jedzenie', 'zywnosc', 'żywność', 'bank zywnosci', '食物', '食品', '食品银行', 'طعام', 'غذاء', 'بنك الطعام', 'їжа', 'продукти', 'харчування',
    'еда', '음식', 'pagkain', 'thuc pham', 'thực phẩm',
    'nourriture', 'banque alimentaire', 'aide alimentaire', 'colis alimentaire', 'distribution alimentaire', 'alimentation', 'repas',
    'a manger', 'de quoi manger', 'epicerie sociale', 'soupe populaire',
    '푸드뱅크', '푸드 뱅크', '푸드팬트리', '푸드 팬트리', '식료품', '식품', '급식', '식사',
    'food bank', 'foodbank', 'grocery', 'makakain', 'gutom',
    'کھانا', 'فوڈ بینک', 'راشن', 'خوراک',
  ].map((term): [string, Concept] => [term, FOOD]),
  // Health
  ...['health', 'clinic', 'doctor', 'medical', 'hospital', 'health care', 'healthcare', 'clinica', 'medico', 'salud', 'doctor gratis',
    'lekarz', 'przychodnia', 'zdrowie', '诊所', '医生', '医疗', '健康', 'عيادة', 'طبيب', 'صحة', 'лікар', 'клініка', 'здоров\'я', 'врач',
    '병원', 'doktor', 'bac si', 'bác sĩ', 'dentist', 'dentista', 'dental',
    'clinique', 'medecin', 'docteur', 'hopital', 'dentiste', 'soins', 'soins medicaux', 'centre de sante',
    '진료소', '진료', '클리닉', '의사', '의료', '보건소', '치과',
    'klinika', 'ospital', 'pagamutan', 'kalusugan', 'doktora', 'check-up', 'checkup', 'gamot',
    'کلینک', 'ڈاکٹر', 'ہسپتال', 'اسپتال', 'صحت', 'طبی', 'ڈینٹسٹ', 'دانتوں کا ڈاکٹر',
  ].map((term): [string, Concept] => [term, HEALTH]),
  ...['wic', 'benefits', 'snap', 'food stamps', 'cupones', 'medicaid', 'beneficios', 'ayuda publica',
    'aide sociale', 'allocations', 'prestations sociales', 'coupons alimentaires', 'bons alimentaires',
    '혜택', '복지 혜택', '정부 지원', '푸드스탬프', '푸드 스탬프', '메디케이드',
    'benepisyo', 'tulong ng gobyerno',
    'سرکاری امداد', 'فوڈ اسٹامپ', 'فوايد',
  ].map((term): [string, Concept] => [term, BENEFITS]),
  ...['mental health', 'counseling', 'therapy', 'salud mental', 'consejeria', 'psicologo', 'psycholog', 'zdrowie psychiczne', '心理', 'صحة نفسية',
    'психолог', 'crisis', 'suicide', 'suicidio',
    'sante mentale', 'psychologue', 'psychiatre', 'soutien psychologique',
    '정신건강', '정신 건강', '심리상담', '심리 상담', '정신과', '자살',
    'kalusugang pangkaisipan', 'kalusugang mental', 'kalusugan ng isip', 'pagpapakamatay',
    'ذہنی صحت', 'نفسیاتی', 'خودکشی',
  ].map((term): [string, Concept] => [term, MENTAL_HEALTH]),
  ...['domestic violence', 'abuse', 'violencia domestica', 'violencia', 'abuso', 'przemoc', 'przemoc domowa', '家暴', 'عنف', 'насильство', 'насилие',
    'violence conjugale', 'violences conjugales', 'violence domestique', 'violences domestiques', 'abus', 'maltraitance', 'femme battue',
    'femmes battues',
    '가정폭력', '가정 폭력', '학대',
    'karahasan sa tahanan', 'karahasan sa pamilya', 'pang-aabuso', 'inaabuso', 'binubugbog',
    'گھریلو تشدد',
  ].map((term): [string, Concept] => [term, DOMESTIC_VIOLENCE]),
  ...['job', 'jobs', 'work', 'employment', 'trabajo', 'empleo', 'praca', '工作', '就业', 'عمل', 'وظيفة', 'робота', 'работа', 'wage theft', 'robo de salario',
    'travail', 'emploi', 'boulot', 'chercher du travail', "recherche d'emploi", 'formation professionnelle',
    '일자리', '취업', '직업', '구직', '임금체불', '임금 체불',
    'trabaho', 'hanapbuhay', 'hanap-buhay', 'hanap trabaho', 'naghahanap ng trabaho',
    'نوکری', 'ملازمت', 'روزگار', 'کام', 'naukri',
  ].map((term): [string, Concept] => [term, WORK]),
  ...['library', 'libraries', 'biblioteca', 'biblioteka', '图书馆', 'مكتبة', 'бібліотека', 'библиотека', 'bibliotheque', 'mediatheque', '도서관',
    'aklatan', 'silid-aklatan', 'لايبریری', 'کتب خانہ'].map((term): [string, Concept] => [term, LIBRARY]),
  ...['english class', 'english classes', 'esl', 'learn english', 'clases de ingles', 'ingles', 'kurs angielskiego', 'angielski', '英语课', '英文',
    'دروس انجليزي', 'الانجليزية', 'англійська', 'английский',
    'anglais', "cours d'anglais", 'cours d’anglais', "apprendre l'anglais", 'apprendre anglais',
    '영어', '영어 수업', '영어 교실', '영어 강좌',
    'klase sa ingles', 'klase ng ingles',
    'انگریزی', 'انگریزی کلاس', 'انگلش کلاس', 'انگریزی کی کلاس',
  ].map((term): [string, Concept] => [term, ENGLISH_CLASSES]),
  ...['hotline', 'helpline', 'phone line', 'linea de ayuda', 'telefono de ayuda', 'infolinia', '热线', 'خط ساخن', 'гаряча лінія', 'горячая линия',
    "ligne d'ecoute", "ligne d'assistance", "ligne d'aide", "ligne d'urgence", "numero d'urgence",
    '핫라인', '헬프라인', '상담 전화', '상담전화', '긴급 전화', '긴급전화',
    'linya ng tulong',
    'ہیلپ لاين', 'ہاٹ لاين',
  ].map((term): [string, Concept] => [term, HOTLINE]),
  ...['taxes', 'tax', 'impuestos', 'podatki', '报税', 'ضرائب', 'податки', 'impots', "declaration d'impots", '세금', '세금 신고', '세무',
    'buwis', 'ٹیکس'].map((term): [string, Concept] => [term, TAXES]),
  ...['seniors', 'senior', 'elderly', 'personas mayores', 'ancianos', 'seniorzy', '老人', 'كبار السن', 'літні', 'personnes agees',
    'troisieme age', '노인', '어르신', '시니어', 'senior citizen', 'senior citizens', 'matatanda', 'nakatatanda', 'بزرگ', 'بزرگ شہری', 'بوڑھے',
  ].map((term): [string, Concept] => [term, SENIORS]),
  // Courts answer "court" and "hearing", not "lawyer"
  ...['court', 'courts', 'immigration court', 'hearing', 'court date', 'judge', 'corte', 'corte de inmigracion', 'audiencia', 'juez',
    'sad imigracyjny', 'rozprawa', '法院', '移民法庭', '出庭', 'محكمة', 'محكمة الهجرة', 'суд', 'імміграційний суд', 'tribunal',
    "tribunal de l'immigration", 'audience', '법원', '이민 법원', 'korte', 'pagdinig', 'عدالت', 'امیگریشن عدالت',
  ].map((term): [string, Concept] => [term, COURT]),
  // The words that name one service exactly: the same need, with that service first
  ...namingOne(IMMIGRATION, ['asylum'], ['asylum', 'asilo', 'azyl', '庇护', 'لجوء', 'اللجوء', 'політичний притулок', 'убежище', 'asile',
    "demande d'asile", "demandeur d'asile", "demandeurs d'asile", '망명', 'سیاسی پناہ']),
  ...namingOne(IMMIGRATION, ['daca'], ['daca', 'dreamer', 'dreamers']),
  ...namingOne(IMMIGRATION, ['tps'], ['tps']),
  ...namingOne(IMMIGRATION, ['u-t-visas'], ['u visa']),
  ...namingOne(IMMIGRATION, ['work-permits'], ['work permit', 'permiso de trabajo', 'permis de travail']),
  ...namingOne(IMMIGRATION, ['family-petitions'], ['green card', 'greencard', 'carte verte', '绿卡', '영주권', '그린카드', 'گرین کارڈ']),
  ...namingOne(IMMIGRATION, ['removal-defense', 'detention'], ['deportation', 'deportacion', 'deportacja', 'deportasyon', '추방', 'ملک بدری']),
  ...namingOne(IMMIGRATION, ['citizenship', 'citizenship-classes'], ['citizenship', 'ciudadania', 'naturalization', 'naturalizacion',
    'obywatelstwo', 'الجنسية', 'громадянство', 'citoyennete', 'naturalisation', '시민권', '귀화', 'pagkamamamayan', 'naturalisasyon', 'شہریت']),
  ...namingOne(FOOD, ['food-pantry'], ['food pantry', 'pantry', 'despensa', 'banco de comida', 'food bank', 'foodbank', 'bank zywnosci',
    '食品银行', 'بنك الطعام', 'banque alimentaire', 'epicerie sociale', '푸드뱅크', '푸드 뱅크', '푸드팬트리', '푸드 팬트리', 'فوڈ بینک']),
  ...namingOne(FOOD, ['meals'], ['meal', 'meals', 'comedor', 'repas', 'soupe populaire', '급식', '식사']),
  ...namingOne(HEALTH, ['dental'], ['dentist', 'dentista', 'dental', 'dentiste', '치과', 'ڈینٹسٹ', 'دانتوں کا ڈاکٹر']),
  ...namingOne(WORK, ['workers-rights'], ['wage theft', 'robo de salario', '임금체불', '임금 체불']),
  ...language('es', 'spanish', 'espanol', 'en espanol', 'hiszpanski', 'ispanskyi'),
  ...language('pl', 'polish', 'polski', 'po polsku', 'polaco'),
  ...language('zh', 'chinese', 'mandarin', 'cantonese', 'chino', '中文', '普通话', '粤语', 'chinski'),
  ...language('ar', 'arabic', 'arabe', 'عربي', 'العربية', 'بالعربي'),
  ...language('uk', 'ukrainian', 'українська', 'українською', 'ucraniano', 'ukrainski'),
  ...language('ru', 'russian', 'русский', 'по-русски'),
  ...language('ko', 'korean', '한국어', '한국말', 'coreano'),
  ...language('fr', 'french', 'en francais', 'parle francais', 'francophone', 'francuski'),
  ...language('ur', 'urdu', 'اردو'),
  ...language('vi', 'vietnamese', 'tieng viet'),
  ...language('tl', 'tagalog', 'filipino', 'tagalo', 'wikang filipino', 'wikang tagalog'),
  ...NEIGHBORHOOD_AREAS.map(([name, communityAreas]): [string, Concept] => [name, { communityAreas }]),
]);

function namingOne(need: Concept, preferred: readonly ServiceTag[], terms: readonly string[]): [string, Concept][] {
  const concept: Concept = { ...need, preferred };
  return terms.map((term) => [term, concept]);
}

/** The everyday words of ten languages (src/search/everydayWords.ts, fetched after the first render), each with its need. */
export function everydayConcepts(needs: Readonly<Partial<Record<NeedName, readonly string[]>>>): [string, Concept][] {
  const concepts: Record<NeedName, Concept> = {
    legal: LEGAL, immigration: IMMIGRATION, shelter: SHELTER, food: FOOD, health: HEALTH, benefits: BENEFITS, mentalHealth: MENTAL_HEALTH,
    domesticViolence: DOMESTIC_VIOLENCE, work: WORK, unpaidWages: { ...WORK, preferred: ['workers-rights'] }, library: LIBRARY, englishClasses: ENGLISH_CLASSES, hotline: HOTLINE, taxes: TAXES,
    seniors: SENIORS, court: COURT,
  };
  const isNeed = (key: string): key is NeedName => key in concepts;
  return Object.keys(needs)
    .filter(isNeed)
    .flatMap((need) => (needs[need] ?? []).map((term): [string, Concept] => [term, concepts[need]]));
}

/**
 * Terms read only as typed, never stretched to a word one letter away or to another ending: "hearing"
 * would catch "healing", "heating" and "heading", "corte" and "korte" the "Norte" of La Casa Norte, "الجنسية"
 * (citizenship) the word for sexual.
 */
export const EXACT_ONLY_TERMS: ReadonlySet<string> = new Set(['hearing', 'corte', 'korte', 'الجنسية']);

/** Words that carry no need of their own ("help", "near me", "ayuda"), ignored unless nothing else is left. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'xfa', 'مرحبا', 'help', 'need', 'i', 'me', 'my', 'a', 'an', 'the', 'for', 'in', 'at', 'near', 'of', 'to', 'and', 'with', 'where', 'find', 'tonight', 'today', 'now', 'free',
  'ayuda', 'necesito', 'un', 'una', 'el', 'la', 'los', 'las', 'de', 'en', 'para', 'cerca', 'y', 'con', 'donde', 'gratis', 'hoy',
  'pomoc', 'potrzebuje', 'potrzebuję', 'w', 'dla', 'blisko', 'i', 'za', 'darmo', 'darmowy',
  '帮助', '需要', '免费', '附近',
  'مساعدة', 'احتاج', 'أحتاج', 'مجاني', 'قريب', 'في',
  'допомога', 'потрібна', 'потрібен', 'безкоштовно', 'поруч', 'в', 'у', 'помощь', 'нужна', 'нужен', 'бесплатно',
  'besoin', "j'ai", 'j’ai', "d'un", 'd’un', "d'une", 'd’une', 'aide', 'gratuit', 'gratuite', 'pres', 'pour', 'les', 'une', 'je', 'cherche',
  '도움', '무료', '근처', '필요', '필요해요', '지원', '상담', '도와주세요', '어디',
  'kailangan', 'ko', 'ako', 'ng', 'sa', 'po', 'mga', 'tulong', 'libre', 'libreng', 'malapit', 'saan',
  'مدد', 'مجھے', 'چاہیے', 'چاہيے', 'ضرورت', 'مفت', 'قریب', 'میں', 'کے', 'کی', 'کا', 'لیے', 'ہے',
]);
