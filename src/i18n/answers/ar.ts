import type { AnswersMessages } from './en';

export const answersAr: AnswersMessages = {
  venues: {
    court: 'محكمة: للجلسات وتقديم الأوراق. ليست مكانًا للحصول على محامٍ.',
    'government-office': 'مكتب حكومي: يستقبل الشكاوى والطلبات. ليس مكانًا للحصول على محامٍ.',
  },
  bestMatchNearby: 'الأنسب، الأقرب أولاً',
  recognized: 'معترف بها من وزارة العدل الأمريكية: يحق لممثليها المعتمدين تقديم استشارة قانونية في الهجرة، كما يحق للمحامين.',
  withoutAddress: 'عبر الهاتف، أو بلا عنوان مذكور',
};
