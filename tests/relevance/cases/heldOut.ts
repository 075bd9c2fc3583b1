import { COURTS_AND_OFFICES, DOMESTIC_VIOLENCE, IMMIGRATION, IMMIGRATION_COURTS, IMMIGRATION_LEGAL, type Expected, type RelevanceCase } from '../caseTypes';

/**
 * Held out: written blind, without looking at the search's word lists or running the search, and never tuned
 * against. Its pass rate is the honest one; when a case here fails, fix the search, not the case.
 * Eight per language, one of each kind.
 */

const CABRINI_GREEN_LEGAL_AID = ['cabrini-green-legal-aid-main-office', 'cgla-daley-center-help-desk', 'cgla-juvenile-court-help-desk'];
const POLISH_AMERICAN_ASSOCIATION = ['dfss-polish-american-association-3834-n-cicero-ave', 'dfss-greater-chicago-food-depository-3834-n-cicero-ave'];
const CATHOLIC_CHARITIES = [
  'dfss-catholic-charities-of-the-archdiocese-of-chicago-1114-w-grace',
  'dfss-catholic-charities-of-the-archdiocese-of-chicago-1449-s-keeler-ave',
  'dfss-catholic-charities-of-the-archdiocese-of-chicago-416-e-43rd-st',
  'dfss-catholic-charities-of-the-archdiocese-of-chicago-721-n-la-salle',
];
const CRISIS_HELP: Expected = { services: ['crisis-line', 'mental-health'] };
const CITIZENSHIP: Expected = { services: ['citizenship', 'citizenship-classes'] };
const EVICTION_HELP: Expected = { services: ['civil-legal-aid', 'homelessness-prevention'] };

/** A message pasted whole into the box. */
const FRENCH_STORY =
  "Bonjour, je suis arrivé du Congo il y a trois mois avec ma femme et nos deux enfants. On dort chez un ami à Rogers Park " +
  "mais il nous demande de partir à la fin du mois. Je ne parle pas bien anglais, je parle français et lingala. Je ne sais pas " +
  "à qui m'adresser, merci de m'aider.";

const ENGLISH: RelevanceCase[] = [
  { language: 'en', kind: 'need', query: 'soup kitchen', expected: { categories: ['food'] } },
  { language: 'en', kind: 'sentence', query: 'how do i get a link card', expected: { services: ['benefits'] } },
  { language: 'en', kind: 'typo', query: 'daca renewl', expected: { services: ['daca'] } },
  { language: 'en', kind: 'crisis', query: 'ice picked up my dad this morning', expected: { crisisLine: 'family' } },
  { language: 'en', kind: 'place', query: 'help getting a job', near: '63rd and Halsted', expected: { categories: ['work'], withinMiles: 1 } },
  { language: 'en', kind: 'name', query: 'cabrini green legal aid', expected: { ids: CABRINI_GREEN_LEGAL_AID } },
  { language: 'en', kind: 'court', query: 'eoir chicago', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'en', kind: 'bad-input', query: 'asdfghjkl', expected: { nonEmpty: true } },
];

const SPANISH: RelevanceCase[] = [
  { language: 'es', kind: 'need', query: 'chamba', expected: { categories: ['work'] } },
  { language: 'es', kind: 'sentence', query: 'no tengo seguro médico, dónde me atienden', expected: { categories: ['health'] } },
  { language: 'es', kind: 'typo', query: 'aboagdo de inmigrasion', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'es', kind: 'crisis', query: 'me quiero quitar la vida', expected: { crisisLine: 'crisis', ...CRISIS_HELP } },
  { language: 'es', kind: 'place', query: 'despensa en Back of the Yards', expected: { services: ['food-pantry'], communityArea: 'New City' } },
  { language: 'es', kind: 'name', query: 'Mujeres Latinas en Acción', expected: { ids: ['dfss-mujeres-latinas-en-accion-2124-w-21st-pl'] } },
  { language: 'es', kind: 'court', query: 'mi cita con el juez de inmigración', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'es', kind: 'bad-input', query: 'xfa ayuda', expected: { nonEmpty: true } },
];

const POLISH: RelevanceCase[] = [
  { language: 'pl', kind: 'need', query: 'bank żywności', expected: { services: ['food-pantry'] } },
  { language: 'pl', kind: 'sentence', query: 'szef nie zapłacił mi za robotę', expected: { services: ['workers-rights'] } },
  { language: 'pl', kind: 'typo', query: 'bibloteka', expected: { services: ['library'] } },
  { language: 'pl', kind: 'crisis', query: 'szczepienie na grypę', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'pl', kind: 'place', query: '', near: 'Jefferson Park', expected: { withinMiles: 1 } },
  { language: 'pl', kind: 'name', query: 'Polish American Assoc', expected: { ids: POLISH_AMERICAN_ASSOCIATION } },
  { language: 'pl', kind: 'court', query: 'rozprawa w sądzie imigracyjnym', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'pl', kind: 'bad-input', query: 'ąęśćżźół', expected: { nonEmpty: true } },
];

const CHINESE: RelevanceCase[] = [
  { language: 'zh', kind: 'need', query: '免费看病', expected: { categories: ['health'] } },
  { language: 'zh', kind: 'sentence', query: '我想考公民入籍', expected: CITIZENSHIP },
  { language: 'zh', kind: 'typo', query: '免废食物', expected: { categories: ['food'] } },
  { language: 'zh', kind: 'crisis', query: '我老公打我还威胁我', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'zh', kind: 'place', query: '唐人街的图书馆', expected: { services: ['library'], communityArea: 'Armour Square' } },
  { language: 'zh', kind: 'name', query: '华人互助会', expected: { ids: ['dfss-chinese-mutual-aid-association-inc-1016-w-argyle-st'] } },
  { language: 'zh', kind: 'court', query: '免费律师', expected: { categories: ['legal'], notIds: COURTS_AND_OFFICES } },
  { language: 'zh', kind: 'bad-input', query: '？？？。。。！！', expected: { nonEmpty: true } },
];

const ARABIC: RelevanceCase[] = [
  { language: 'ar', kind: 'need', query: 'كورس انجليزي', expected: { services: ['english-classes'] } },
  { language: 'ar', kind: 'sentence', query: 'بدي محامي ببلاش', expected: { categories: ['legal'] } },
  { language: 'ar', kind: 'typo', query: 'محامى هجره', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'ar', kind: 'crisis', query: 'عيادة مجانية للأطفال', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'ar', kind: 'place', query: 'بنك طعام', near: '63rd and Kedzie', expected: { services: ['food-pantry'], withinMiles: 1.5 } },
  { language: 'ar', kind: 'name', query: 'AAAN', expected: { ids: ['arab-american-action-network'] } },
  { language: 'ar', kind: 'court', query: 'عندي جلسة في محكمة الهجرة', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'ar', kind: 'bad-input', query: 'مرحبا', expected: { nonEmpty: true } },
];

const UKRAINIAN: RelevanceCase[] = [
  { language: 'uk', kind: 'need', query: 'соціальна допомога', expected: { services: ['benefits'] } },
  { language: 'uk', kind: 'sentence', query: 'шукаю роботу, знаю трохи англійську', expected: { categories: ['work'] } },
  { language: 'uk', kind: 'typo', query: 'адвакат', expected: { categories: ['legal'] } },
  { language: 'uk', kind: 'crisis', query: 'ICE забрали маму', expected: { crisisLine: 'family' } },
  { language: 'uk', kind: 'place', query: '', near: '2247 W Chicago Ave', expected: { withinMiles: 0.75 } },
  { language: 'uk', kind: 'name', query: 'Catholic Charities', expected: { ids: CATHOLIC_CHARITIES } },
  { language: 'uk', kind: 'court', query: 'суд з питань імміграції', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'uk', kind: 'bad-input', query: '    ', expected: { nonEmpty: true } },
];

const FRENCH: RelevanceCase[] = [
  { language: 'fr', kind: 'need', query: 'logement', expected: { categories: ['shelter'] } },
  { language: 'fr', kind: 'sentence', query: "je viens d'arriver à Chicago et je cherche de l'aide pour les réfugiés", expected: { services: IMMIGRATION } },
  { language: 'fr', kind: 'typo', query: 'medcin', expected: { categories: ['health'] } },
  { language: 'fr', kind: 'crisis', query: 'je meurs de faim', expected: { noCrisisLine: true, categories: ['food'] } },
  { language: 'fr', kind: 'place', query: 'clinique', near: 'Uptown', expected: { categories: ['health'], withinMiles: 1 } },
  { language: 'fr', kind: 'name', query: 'Ethiopian Community Association', expected: { ids: ['dfss-the-ethiopian-community-association-of-chicago-inc-1730-w-greenleaf-ave'] } },
  { language: 'fr', kind: 'court', query: 'avocat gratuit', expected: { categories: ['legal'], notIds: COURTS_AND_OFFICES } },
  { language: 'fr', kind: 'bad-input', query: FRENCH_STORY, expected: { nonEmpty: true } },
];

const KOREAN: RelevanceCase[] = [
  { language: 'ko', kind: 'need', query: '무료 급식', expected: { categories: ['food'] } },
  { language: 'ko', kind: 'sentence', query: '집세를 못 내서 쫓겨날 것 같아요', expected: EVICTION_HELP },
  { language: 'ko', kind: 'typo', query: '쉼텨', expected: { categories: ['shelter'] } },
  { language: 'ko', kind: 'crisis', query: '아이가 숨을 안 쉬어요', expected: { crisisLine: 'emergency' } },
  { language: 'ko', kind: 'place', query: '도서관', near: 'Lawrence & Kedzie', expected: { services: ['library'], withinMiles: 1 } },
  { language: 'ko', kind: 'name', query: 'Korean American Community Services', expected: { ids: ['dfss-korean-american-community-services-4300-n-california-ave'] } },
  { language: 'ko', kind: 'court', query: '이민 재판', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'ko', kind: 'bad-input', query: 'ㅠㅠㅠㅠ', expected: { nonEmpty: true } },
];

const TAGALOG: RelevanceCase[] = [
  { language: 'tl', kind: 'need', query: 'doktor', expected: { categories: ['health'] } },
  { language: 'tl', kind: 'sentence', query: 'paano mag apply ng citizenship', expected: CITIZENSHIP },
  { language: 'tl', kind: 'typo', query: 'abugado', expected: { categories: ['legal'] } },
  { language: 'tl', kind: 'crisis', query: 'libreng bakuna para sa anak ko', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'tl', kind: 'place', query: 'naghahanap ng trabaho', near: 'Lincoln Square', expected: { categories: ['work'], withinMiles: 1.5 } },
  { language: 'tl', kind: 'name', query: 'filipino american food pantry', expected: { ids: ['dfss-greater-chicago-food-depository-1511-w-irving-park-rd'] } },
  { language: 'tl', kind: 'court', query: 'saan ang immigration court', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'tl', kind: 'bad-input', query: 'pls help po 🙏🙏', expected: { nonEmpty: true } },
];

const URDU: RelevanceCase[] = [
  { language: 'ur', kind: 'need', query: 'ٹیکس فائل', expected: { services: ['tax-preparation'] } },
  { language: 'ur', kind: 'sentence', query: 'bachon ke liye muft doctor', expected: { categories: ['health'] } },
  { language: 'ur', kind: 'typo', query: 'امگریشن وکیل', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'ur', kind: 'crisis', query: 'mera shohar mujhe marta hai', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'ur', kind: 'place', query: '', near: 'Little India', expected: { withinMiles: 0.75 } },
  { language: 'ur', kind: 'name', query: 'CAIR Chicago', expected: { ids: ['cair-chicago'] } },
  { language: 'ur', kind: 'court', query: 'امیگریشن جج کے سامنے پیشی', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'ur', kind: 'bad-input', query: 'ہیلو', expected: { nonEmpty: true } },
];

export const HELD_OUT_CASES: RelevanceCase[] = [...ENGLISH, ...SPANISH, ...POLISH, ...CHINESE, ...ARABIC, ...UKRAINIAN, ...FRENCH, ...KOREAN, ...TAGALOG, ...URDU];
