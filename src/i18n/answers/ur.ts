import type { AnswersMessages } from './en';

export const answersUr: AnswersMessages = {
  venues: {
    court: 'عدالت: سماعت اور کاغذات جمع کرانے کے لیے۔ یہاں وکیل نہیں ملتا۔',
    'government-office': 'سرکاری دفتر: شکایات اور درخواستیں لیتا ہے۔ یہاں وکیل نہیں ملتا۔',
  },
  bestMatchNearby: 'بہترین میل، قریب ترین پہلے',
  withoutAddress: 'فون پر، یا جن کا پتہ درج نہیں',
};
