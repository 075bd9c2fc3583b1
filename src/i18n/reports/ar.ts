import type { ReportsMessages } from './en';

export const reportsAr: ReportsMessages = {
  whatIsWrong: "ما الخطأ؟",
  choices: {
    name: "الاسم",
    location: "العنوان",
    phones: "رقم الهاتف",
    hours: "ساعات العمل",
    languages: "اللغات",
    website: "الموقع الإلكتروني",
    status: "أُغلق المكان",
    other: "شيء آخر",
  },
  whatIsRight: "ما الصحيح؟ قل كيف عرفت ذلك إن أمكن.",
  sendTo: (address) => `أرسل هذه الرسالة إلى القائمين على الدليل: ${address}`,
  noAddress: "لا يوجد في هذه النسخة من الدليل عنوان لاستقبال البلاغات. انسخ الرسالة وأعطها للشخص أو الجهة التي شاركت معك هذا التطبيق.",
  nothingAboutYou: "لا تحتوي الرسالة إلا على الخدمة وما كتبته والتاريخ وإصدار التطبيق، ولا شيء عنك. لا يُرسل شيء حتى ترسله أنت.",
  suggestWhat: "اكتب ما تعرفه واترك الباقي فارغًا.",
  share: {
    share: "مشاركة هذه الخدمة",
    copyLink: "نسخ الرابط",
    linkCopied: "تم نسخ الرابط.",
    textMessage: "رسالة نصية",
    whatsApp: "واتساب",
    shareNote: "تتم مشاركة رابط هذه الخدمة فقط: لا بحثك ولا مكانك.",
    copyFailed: "لم يتمكن هذا المتصفح من النسخ: اضغط مطولًا على الرابط لنسخه.",
  },
};
