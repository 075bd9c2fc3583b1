import type { AnswersMessages } from './en';

export const answersUr: AnswersMessages = {
  venues: {
    court: 'عدالت: سماعت اور کاغذات جمع کرانے کے لیے۔ یہاں وکیل نہیں ملتا۔',
    'government-office': 'سرکاری دفتر: شکایات اور درخواستیں لیتا ہے۔ یہاں وکیل نہیں ملتا۔',
  },
  bestMatchNearby: 'بہترین میل، قریب ترین پہلے',
  recognized: 'امریکی محکمہ انصاف سے تسلیم شدہ: اس کے منظور شدہ نمائندے وکیلوں کی طرح امیگریشن کا قانونی مشورہ دے سکتے ہیں۔',
  withoutAddress: 'فون پر، یا جن کا پتہ درج نہیں',
};
