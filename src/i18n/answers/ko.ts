import type { AnswersMessages } from './en';

export const answersKo: AnswersMessages = {
  venues: {
    court: '법원: 심리와 서류 제출을 하는 곳입니다. 변호사를 구하는 곳이 아닙니다.',
    'government-office': '정부 기관: 민원과 신청을 받습니다. 변호사를 구하는 곳이 아닙니다.',
  },
  bestMatchNearby: '가장 알맞은 곳, 가까운 곳 먼저',
  withoutAddress: '전화 상담, 또는 주소가 없는 곳',
};
