import type { ReportsMessages } from './en';

export const reportsFr: ReportsMessages = {
  whatIsWrong: "Qu'est-ce qui est faux ?",
  choices: {
    name: "Le nom",
    location: "L'adresse",
    phones: "Le numéro de téléphone",
    hours: "Les horaires",
    languages: "Les langues",
    website: "Le site web",
    status: "Le lieu a fermé",
    other: "Autre chose",
  },
  whatIsRight: "Quelle est la bonne information ? Dites comment vous le savez, si possible.",
  sendTo: (address) => `Envoyez ce message aux responsables de l'annuaire : ${address}`,
  noAddress: "Cette copie de l'annuaire n'a pas d'adresse pour les signalements. Copiez le message et donnez-le à la personne ou au groupe qui vous a fait connaître cette application.",
  nothingAboutYou: "Le message contient seulement la fiche, ce que vous avez écrit, la date et la version de l'application : rien sur vous. Rien n'est envoyé tant que vous ne l'envoyez pas.",
  suggestWhat: "Remplissez ce que vous savez ; laissez le reste vide.",
  share: {
    share: "Partager cette fiche",
    copyLink: "Copier le lien",
    linkCopied: "Lien copié.",
    textMessage: "SMS",
    whatsApp: "WhatsApp",
    shareNote: "Partage seulement le lien de cette fiche : ni votre recherche, ni votre lieu.",
    copyFailed: "Ce navigateur n'a pas pu copier : appuyez longuement sur le lien pour le copier.",
  },
};
