import type { LimitsMessages } from './en';

const plural = new Intl.PluralRules('ar');

/** The counted noun after "من": "من 1 خدمة", "من 2 خدمتين", "من 3 خدمات", "من 11 خدمة", "من 140 خدمة". */
function services(count: number): string {
  switch (plural.select(count)) {
    case 'two':
      return 'خدمتين';
    case 'few':
      return 'خدمات';
    default:
      return 'خدمة';
  }
}

export const limitsAr: LimitsMessages = {
  outsideChicago: (place) => `${place} خارج شيكاغو. هذا الدليل يضم خدمات شيكاغو فقط: تظهر الأقرب أولًا.`,
  outsideHelp: 'للحصول على مساعدة حيث تسكن، اتصل:',
  languagesStated: (stated, total) => `${stated} من ${total} ${services(total)} تذكر اللغات المستخدمة فيها.`,
  interpreter: 'قد تساعدك الخدمات الأخرى عبر مترجم: اتصل واسأل.',
};
