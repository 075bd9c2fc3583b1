import type { FreshnessMessages } from './en';

export const freshnessAr: FreshnessMessages = {
  kinds: {
    'city-list': 'قائمة المدينة',
    'official-list': 'قائمة رسمية',
    'organization-page': 'صفحة المنظمة',
    'government-page': 'صفحة حكومية',
    news: 'خبر صحفي',
    directory: 'دليل',
    phone: 'تم التأكيد بالهاتف',
    'other-page': 'صفحة ويب',
  },
  dated: (kind, date) => `${kind}، ${date}`,
  undated: (kind) => `${kind}، بدون تاريخ`,
  warnings: {
    aging: 'لم يتم التأكيد مؤخرًا: اتصل قبل الذهاب.',
    undated: 'المصدر بدون تاريخ: اتصل للتأكد.',
    old: 'ربما أُغلق: اتصل أولًا.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `عمر هذه المعلومات: من بين ${total} خدمة، ${old} تعتمد على مصادر عمرها أكثر من 5 سنوات، و${aging} على مصادر عمرها من سنة إلى 5 سنوات، و${undated} على صفحات بدون تاريخ، و${recent} على مصادر من السنة الماضية. اتصل قبل الذهاب.`,
  verifiedOn: (date) => `تاريخ المعلومات: ${date}`,
  sourceDated: (date) => `بتاريخ ${date}`,
  undatedSource: 'بدون تاريخ',
  closedTitle: 'هذا المكان أُغلق',
  closedOn: (date, source) => `أُغلق في ${date}، حسب ${source}.`,
  closedUndated: (source) => `أُغلق، حسب ${source}.`,
  closedUntil: (until) => `حتى ${until}`,
  reopeningUnknown: 'لم يُحدَّد موعد إعادة الفتح: اتصل للتأكد.',
  closedAdvice: 'ابحث مرة أخرى عن مساعدة قريبة، أو اتصل بالرقم 211.',
  closedPick: (name) => `${name} أُغلق ولن يُطبع.`,
};
