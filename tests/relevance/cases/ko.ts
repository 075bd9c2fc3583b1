import { COURTS_AND_OFFICES, DOMESTIC_VIOLENCE, IMMIGRATION, IMMIGRATION_COURTS, IMMIGRATION_LEGAL, SLEEP_TONIGHT, type RelevanceCase } from '../caseTypes';

const HANA = 'dfss-korean-american-community-services-4300-n-california-ave';
const HANUL = 'dfss-the-korean-american-senior-center-inc-dba-hanul-family-alliance-5008-n-kedzie-ave';

export const KOREAN_CASES: RelevanceCase[] = [
  { language: 'ko', kind: 'need', query: '법률 상담', expected: { categories: ['legal'] } },
  { language: 'ko', kind: 'need', query: '쉼터', expected: { categories: ['shelter'] } },
  { language: 'ko', kind: 'need', query: '푸드뱅크', expected: { services: ['food-pantry'] } },
  { language: 'ko', kind: 'need', query: '병원', expected: { categories: ['health'] } },
  { language: 'ko', kind: 'need', query: '영어 수업', expected: { services: ['english-classes'] } },
  { language: 'ko', kind: 'sentence', query: '이민 변호사가 필요해요', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'ko', kind: 'sentence', query: '오늘 밤 잘 곳이 필요해요', expected: { services: SLEEP_TONIGHT } },
  { language: 'ko', kind: 'sentence', query: '무료 음식은 어디서 받을 수 있나요', expected: { categories: ['food'] } },
  { language: 'ko', kind: 'sentence', query: '영주권 신청 도와주세요', expected: { services: IMMIGRATION } },
  { language: 'ko', kind: 'sentence', query: '일자리를 구하고 있어요', expected: { categories: ['work'] } },
  { language: 'ko', kind: 'typo', query: 'qusghtk', expected: { categories: ['legal'] } },
  { language: 'ko', kind: 'typo', query: '병웜', expected: { categories: ['health'] } },
  { language: 'ko', kind: 'crisis', query: '남편이 나를 때려요', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'ko', kind: 'crisis', query: '죽고 싶어요', expected: { crisisLine: 'crisis', services: ['crisis-line', 'mental-health'] } },
  { language: 'ko', kind: 'crisis', query: '아빠가 이민국 단속에 잡혔어요', expected: { crisisLine: 'family' } },
  { language: 'ko', kind: 'crisis', query: '엄마가 심장마비 같아요', expected: { crisisLine: 'emergency' } },
  { language: 'ko', kind: 'crisis', query: '치과', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'ko', kind: 'place', query: '', near: 'Albany Park', expected: { withinMiles: 0.5 } },
  { language: 'ko', kind: 'place', query: '법률 지원', near: 'Albany Park', expected: { categories: ['legal'], withinMiles: 1.5 } },
  { language: 'ko', kind: 'place', query: '노인', near: '60625', expected: { services: ['senior-services'], withinMiles: 1 } },
  { language: 'ko', kind: 'name', query: 'HANA Center', expected: { ids: [HANA] } },
  { language: 'ko', kind: 'name', query: '하나센터', expected: { ids: [HANA] } },
  { language: 'ko', kind: 'name', query: 'Hanul Family Alliance', expected: { ids: [HANUL] } },
  { language: 'ko', kind: 'court', query: '이민 법원', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'ko', kind: 'court', query: '변호사', expected: { categories: ['legal'], notIds: COURTS_AND_OFFICES } },
  { language: 'ko', kind: 'bad-input', query: '도와주세요', expected: { nonEmpty: true } },
];
