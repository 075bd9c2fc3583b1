import type { ReportsMessages } from './en';

export const reportsTl: ReportsMessages = {
  whatIsWrong: "Ano ang mali?",
  choices: {
    name: "Ang pangalan",
    location: "Ang address",
    phones: "Ang numero ng telepono",
    hours: "Ang oras",
    languages: "Ang mga wika",
    website: "Ang website",
    status: "Sarado na ito",
    other: "Iba pa",
  },
  whatIsRight: "Ano ang tama? Sabihin kung paano mo ito nalaman, kung kaya mo.",
  sendTo: (address) => `Ipadala ang mensaheng ito sa mga nag-aalaga ng direktoryo: ${address}`,
  noAddress: "Walang address para sa mga ulat ang kopyang ito ng direktoryo. Kopyahin ang mensahe at ibigay ito sa tao o grupong nagbahagi sa iyo ng app na ito.",
  nothingAboutYou: "Ang mensahe ay naglalaman lamang ng listahan, ng isinulat mo, ng petsa at ng bersyon ng app: walang tungkol sa iyo. Walang maipapadala hangga't hindi mo ito ipinapadala.",
  suggestWhat: "Isulat ang alam mo; iwanang blangko ang iba.",
  share: {
    share: "Ibahagi ang listahang ito",
    copyLink: "Kopyahin ang link",
    linkCopied: "Nakopya ang link.",
    textMessage: "Text message",
    whatsApp: "WhatsApp",
    shareNote: "Ang link lang ng listahang ito ang ibinabahagi: hindi ang hinanap mo o ang lugar mo.",
    copyFailed: "Hindi nakakopya ang browser na ito: pindutin nang matagal ang link para kopyahin.",
  },
};
