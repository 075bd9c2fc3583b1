import type { FreshnessMessages } from './en';

export const freshnessUr: FreshnessMessages = {
  kinds: {
    'city-list': 'شہر کی فہرست',
    'official-list': 'سرکاری فہرست',
    'organization-page': 'تنظیم کا صفحہ',
    'government-page': 'سرکاری صفحہ',
    news: 'خبر',
    directory: 'ڈائریکٹری',
    phone: 'فون پر تصدیق شدہ',
    'other-page': 'ویب صفحہ',
  },
  dated: (kind, date) => `${kind}، ${date}`,
  undated: (kind) => `${kind}، بغیر تاریخ`,
  warnings: {
    aging: 'حال ہی میں تصدیق نہیں ہوئی: جانے سے پہلے فون کریں۔',
    undated: 'ماخذ پر کوئی تاریخ نہیں: تصدیق کے لیے فون کریں۔',
    old: 'شاید بند ہو چکا ہے: پہلے فون کریں۔',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `یہ معلومات کتنی پرانی ہیں: ${total} خدمات میں سے ${old} پانچ سال سے پرانے ماخذ پر، ${aging} ایک سے پانچ سال پرانے ماخذ پر، ${undated} بغیر تاریخ کے صفحات پر، اور ${recent} پچھلے سال کے ماخذ پر مبنی ہیں۔ جانے سے پہلے فون کریں۔`,
  verifiedOn: (date) => `معلومات کی تاریخ: ${date}`,
  sourceDated: (date) => `تاریخ ${date}`,
  undatedSource: 'بغیر تاریخ',
  closedTitle: 'یہ جگہ بند ہو چکی ہے',
  closedOn: (date, source) => `یہ ${date} کو بند ہوئی، ${source} کے مطابق۔`,
  closedUndated: (source) => `یہ بند ہو چکی ہے، ${source} کے مطابق۔`,
  closedUntil: (until) => `${until} تک`,
  reopeningUnknown: 'دوبارہ کھلنے کی تاریخ نہیں دی گئی: تصدیق کے لیے فون کریں۔',
  closedAdvice: 'قریب میں مدد دوبارہ تلاش کریں، یا 211 پر فون کریں۔',
  closedPick: (name) => `${name} بند ہو چکا ہے اور پرنٹ نہیں ہوگا۔`,
};
