import type { LimitsMessages } from './en';

/** Korean has no plural forms: the counter 곳 serves every number. */
export const limitsKo: LimitsMessages = {
  outsideChicago: (place) =>
    `${place}은(는) 시카고 밖입니다. 이 안내 목록에는 시카고의 서비스만 있습니다: 가까운 곳부터 보여 드립니다.`,
  outsideHelp: '사는 곳에서 도움을 받으려면 전화하세요:',
  languagesStated: (stated, total) => `${total}곳 중 ${stated}곳이 사용하는 언어를 밝히고 있습니다.`,
  interpreter: '다른 곳도 통역사를 통해 도울 수 있습니다: 전화해서 물어보세요.',
};
