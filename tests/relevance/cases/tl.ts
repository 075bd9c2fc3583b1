import { COURTS_AND_OFFICES, DOMESTIC_VIOLENCE, IMMIGRATION, IMMIGRATION_COURTS, IMMIGRATION_LEGAL, SLEEP_TONIGHT, type RelevanceCase } from '../caseTypes';

const ASIAN_HUMAN_SERVICES = [
  'dfss-asian-human-services-inc-2838-w-peterson-ave',
  'wic-asian-human-services-family-health-center-inc-wic-clinic',
  'health-center-asian-american-human-services-family-health-center-inc',
];

export const TAGALOG_CASES: RelevanceCase[] = [
  { language: 'tl', kind: 'need', query: 'matutuluyan', expected: { categories: ['shelter'] } },
  { language: 'tl', kind: 'need', query: 'pagkain', expected: { categories: ['food'] } },
  { language: 'tl', kind: 'need', query: 'klinika', expected: { categories: ['health'] } },
  { language: 'tl', kind: 'need', query: 'trabaho', expected: { categories: ['work'] } },
  { language: 'tl', kind: 'need', query: 'aklatan', expected: { services: ['library'] } },
  { language: 'tl', kind: 'sentence', query: 'kailangan ko ng lawyer para sa immigration', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'tl', kind: 'sentence', query: 'saan pwede matulog ngayong gabi', expected: { services: SLEEP_TONIGHT } },
  { language: 'tl', kind: 'sentence', query: 'need ko ng doctor', expected: { categories: ['health'] } },
  { language: 'tl', kind: 'sentence', query: 'may libreng pagkain ba dito', expected: { categories: ['food'] } },
  { language: 'tl', kind: 'sentence', query: 'tulong sa green card ko', expected: { services: IMMIGRATION } },
  { language: 'tl', kind: 'typo', query: 'klinka', expected: { categories: ['health'] } },
  { language: 'tl', kind: 'typo', query: 'pagkian', expected: { categories: ['food'] } },
  { language: 'tl', kind: 'crisis', query: 'binubugbog ako ng asawa ko', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'tl', kind: 'crisis', query: 'gusto ko nang mamatay', expected: { crisisLine: 'crisis', services: ['crisis-line', 'mental-health'] } },
  { language: 'tl', kind: 'crisis', query: 'hinuli ng ICE ang tatay ko', expected: { crisisLine: 'family' } },
  { language: 'tl', kind: 'crisis', query: 'libreng dentista', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'tl', kind: 'place', query: '', near: 'Rogers Park', expected: { withinMiles: 0.5 } },
  { language: 'tl', kind: 'place', query: 'pagkain', near: 'Rogers Park', expected: { categories: ['food'], withinMiles: 1 } },
  { language: 'tl', kind: 'place', query: 'klinika', near: '60659', expected: { categories: ['health'], withinMiles: 1 } },
  { language: 'tl', kind: 'name', query: 'Asian Human Services', expected: { ids: ASIAN_HUMAN_SERVICES } },
  { language: 'tl', kind: 'name', query: '211', expected: { ids: ['211-metro-chicago'] } },
  { language: 'tl', kind: 'court', query: 'korte ng imigrasyon', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'tl', kind: 'court', query: 'may hearing ako sa korte', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'tl', kind: 'court', query: 'abogado', expected: { categories: ['legal'], notIds: COURTS_AND_OFFICES } },
  { language: 'tl', kind: 'bad-input', query: 'tulong po', expected: { nonEmpty: true } },
  { language: 'tl', kind: 'bad-input', query: 'ᜆᜓᜎᜓᜅ᜔', expected: { nonEmpty: true } },
];
