import type { AnswersMessages } from './en';

export const answersKo: AnswersMessages = {
  venues: {
    court: '법원: 심리와 서류 제출을 하는 곳입니다. 변호사를 구하는 곳이 아닙니다.',
    'government-office': '정부 기관: 민원과 신청을 받습니다. 변호사를 구하는 곳이 아닙니다.',
  },
  bestMatchNearby: '가장 알맞은 곳, 가까운 곳 먼저',
  recognized: '미국 법무부 인정 단체: 이곳의 인가 대리인은 변호사처럼 이민 법률 조언을 할 수 있습니다.',
  withoutAddress: '전화 상담, 또는 주소가 없는 곳',
};
