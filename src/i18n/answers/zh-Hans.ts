import type { AnswersMessages } from './en';

export const answersZhHans: AnswersMessages = {
  venues: {
    court: '法院：用于出庭和递交文件。这里不提供律师。',
    'government-office': '政府办公室：受理投诉和申请。这里不提供律师。',
  },
  bestMatchNearby: '最相关，近的优先',
  recognized: '获美国司法部认可：其认证代表可以像律师一样提供移民法律意见。',
  withoutAddress: '电话服务，或未列出地址',
};
