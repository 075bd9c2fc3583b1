import type { FreshnessMessages } from './en';

export const freshnessKo: FreshnessMessages = {
  kinds: {
    'city-list': '시 목록',
    'official-list': '공식 목록',
    'organization-page': '기관 웹페이지',
    'government-page': '정부 웹페이지',
    news: '뉴스 기사',
    directory: '안내 목록',
    phone: '전화로 확인됨',
    'other-page': '웹페이지',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, 날짜 없음`,
  warnings: {
    aging: '최근에 확인되지 않음: 가기 전에 전화하세요.',
    undated: '출처에 날짜가 없음: 전화로 확인하세요.',
    old: '문을 닫았을 수 있음: 먼저 전화하세요.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `이 정보의 시기: ${total}곳 중 ${old}곳은 5년이 넘은 출처, ${aging}곳은 1~5년 된 출처, ${undated}곳은 날짜 없는 웹페이지, ${recent}곳은 지난 1년 안의 출처에 근거합니다. 가기 전에 전화하세요.`,
  verifiedOn: (date) => `정보 날짜: ${date}`,
  sourceDated: (date) => `날짜: ${date}`,
  undatedSource: '날짜 없음',
  closedTitle: '이곳은 문을 닫았습니다',
  closedOn: (date, source) => `${source}에 따르면 ${date}에 문을 닫았습니다.`,
  closedUndated: (source) => `${source}에 따르면 문을 닫았습니다.`,
  closedUntil: (until) => `${until}까지`,
  reopeningUnknown: '다시 여는 날짜가 없습니다. 전화로 확인하세요.',
  closedAdvice: '가까운 도움을 다시 찾아보거나 211에 전화하세요.',
  closedPick: (name) => `${name}은(는) 문을 닫아 인쇄되지 않습니다.`,
};
