import type { ReportsMessages } from './en';

export const reportsUr: ReportsMessages = {
  whatIsWrong: "کیا غلط ہے؟",
  choices: {
    name: "نام",
    location: "پتا",
    phones: "فون نمبر",
    hours: "اوقات",
    languages: "زبانیں",
    website: "ویب سائٹ",
    status: "یہ بند ہو چکا ہے",
    other: "کچھ اور",
  },
  whatIsRight: "صحیح کیا ہے؟ اگر ہو سکے تو بتائیں کہ آپ کو کیسے معلوم ہوا۔",
  sendTo: (address) => `یہ پیغام ڈائریکٹری کی دیکھ بھال کرنے والوں کو بھیجیں: ${address}`,
  noAddress: "ڈائریکٹری کی اس کاپی میں رپورٹوں کے لیے کوئی پتا نہیں ہے۔ پیغام کاپی کریں اور اس شخص یا گروپ کو دیں جس نے آپ کو یہ ایپ بتائی۔",
  nothingAboutYou: "پیغام میں صرف اندراج، آپ کی لکھی بات، تاریخ اور ایپ کا ورژن ہے: آپ کے بارے میں کچھ نہیں۔ جب تک آپ خود نہ بھیجیں، کچھ نہیں بھیجا جاتا۔",
  suggestWhat: "جو معلوم ہے وہ لکھیں؛ باقی خالی چھوڑ دیں۔",
};
