import type { LimitsMessages } from './en';

/** Urdu plural categories: 1 is "one"; 0 and 2 or more are "other". */
const plural = new Intl.PluralRules('ur');

export const limitsUr: LimitsMessages = {
  outsideChicago: (place) => `${place} شکاگو سے باہر ہے۔ اس ڈائریکٹری میں صرف شکاگو کی خدمات ہیں: سب سے قریب والی پہلے دکھائی گئی ہیں۔`,
  outsideHelp: 'جہاں آپ رہتے ہیں وہاں مدد کے لیے فون کریں:',
  languagesStated: (stated, total) =>
    plural.select(stated) === 'one'
      ? `${total} میں سے ${stated} خدمت بتاتی ہے کہ وہاں کون سی زبانیں بولی جاتی ہیں۔`
      : `${total} میں سے ${stated} خدمات بتاتی ہیں کہ وہاں کون سی زبانیں بولی جاتی ہیں۔`,
  interpreter: 'باقی خدمات ترجمان کے ذریعے مدد کر سکتی ہیں: فون کر کے پوچھیں۔',
};
