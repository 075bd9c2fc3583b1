import { COURTS_AND_OFFICES, DOMESTIC_VIOLENCE, IMMIGRATION, IMMIGRATION_COURTS, IMMIGRATION_LEGAL, SLEEP_TONIGHT, type RelevanceCase } from '../caseTypes';

const CASL = 'dfss-chinese-american-service-league-2141-s-tan-ct';
const CMAA = 'dfss-chinese-mutual-aid-association-inc-1016-w-argyle-st';

export const CHINESE_CASES: RelevanceCase[] = [
  { language: 'zh', kind: 'need', query: '律师', expected: { categories: ['legal'] } },
  { language: 'zh', kind: 'need', query: '食物', expected: { categories: ['food'] } },
  { language: 'zh', kind: 'need', query: '诊所', expected: { categories: ['health'] } },
  { language: 'zh', kind: 'need', query: '绿卡', expected: { services: IMMIGRATION } },
  { language: 'zh', kind: 'need', query: '英语课', expected: { services: ['english-classes'] } },
  { language: 'zh', kind: 'sentence', query: '我需要找一个移民律师', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'zh', kind: 'sentence', query: '哪里有免费的食物', expected: { categories: ['food'] } },
  { language: 'zh', kind: 'sentence', query: '我今晚没有地方住', expected: { services: SLEEP_TONIGHT } },
  { language: 'zh', kind: 'sentence', query: '会说中文的律师', expected: { categories: ['legal'], languages: ['zh', 'cmn', 'yue'] } },
  { language: 'zh', kind: 'sentence', query: 'lvshi', expected: { categories: ['legal'] } },
  { language: 'zh', kind: 'typo', query: '找律诗', expected: { categories: ['legal'] } },
  { language: 'zh', kind: 'typo', query: '图书管', expected: { services: ['library'] } },
  { language: 'zh', kind: 'crisis', query: '我想自杀', expected: { crisisLine: 'crisis', services: ['crisis-line', 'mental-health'] } },
  { language: 'zh', kind: 'crisis', query: '我哥哥被移民局抓了', expected: { crisisLine: 'family' } },
  { language: 'zh', kind: 'crisis', query: '我丈夫打我', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'zh', kind: 'crisis', query: '牙医', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'zh', kind: 'place', query: '', near: 'Chinatown', expected: { withinMiles: 0.75 } },
  { language: 'zh', kind: 'place', query: '图书馆', near: '60616', expected: { services: ['library'], withinMiles: 1 } },
  { language: 'zh', kind: 'place', query: '律师', near: 'Chinatown', expected: { categories: ['legal'], withinMiles: 1.5 } },
  { language: 'zh', kind: 'name', query: 'CASL', expected: { ids: [CASL] } },
  { language: 'zh', kind: 'name', query: '华人咨询服务处', expected: { ids: [CASL] } },
  { language: 'zh', kind: 'name', query: 'Chinese Mutual Aid', expected: { ids: [CMAA] } },
  { language: 'zh', kind: 'court', query: '移民法庭', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'zh', kind: 'court', query: '移民律师', expected: { services: IMMIGRATION_LEGAL, notIds: COURTS_AND_OFFICES } },
  { language: 'zh', kind: 'bad-input', query: '请帮帮我', expected: { nonEmpty: true } },
  { language: 'zh', kind: 'bad-input', query: '弁護士をさがしています', expected: { nonEmpty: true } },
];
