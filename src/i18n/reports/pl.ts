import type { ReportsMessages } from './en';

export const reportsPl: ReportsMessages = {
  whatIsWrong: "Co jest nie tak?",
  choices: {
    name: "Nazwa",
    location: "Adres",
    phones: "Numer telefonu",
    hours: "Godziny",
    languages: "Języki",
    website: "Strona internetowa",
    status: "Miejsce zostało zamknięte",
    other: "Coś innego",
  },
  whatIsRight: "Jak jest naprawdę? Jeśli możesz, napisz, skąd to wiesz.",
  sendTo: (address) => `Wyślij tę wiadomość do osób prowadzących katalog: ${address}`,
  noAddress: "Ta kopia katalogu nie ma adresu do zgłoszeń. Skopiuj wiadomość i przekaż ją osobie lub grupie, która poleciła ci tę aplikację.",
  nothingAboutYou: "Wiadomość zawiera tylko wpis, to, co napisałeś, datę i wersję aplikacji: nic o tobie. Nic nie zostanie wysłane, dopóki sam tego nie wyślesz.",
  suggestWhat: "Wpisz to, co wiesz; resztę zostaw pustą.",
  share: {
    share: "Udostępnij ten wpis",
    copyLink: "Kopiuj link",
    linkCopied: "Skopiowano link.",
    textMessage: "SMS",
    whatsApp: "WhatsApp",
    shareNote: "Udostępnia tylko link do tego wpisu: ani wyszukiwania, ani miejsca.",
    copyFailed: "Ta przeglądarka nie mogła skopiować: przytrzymaj link, aby go skopiować.",
  },
};
