import type { ReportsMessages } from './en';

export const reportsEs: ReportsMessages = {
  whatIsWrong: "¿Qué está mal?",
  choices: {
    name: "El nombre",
    location: "La dirección",
    phones: "El teléfono",
    hours: "El horario",
    languages: "Los idiomas",
    website: "El sitio web",
    status: "Ya cerró",
    other: "Otra cosa",
  },
  whatIsRight: "¿Qué es lo correcto? Si puede, diga cómo lo sabe.",
  sendTo: (address) => `Envíe este mensaje a quienes mantienen el directorio: ${address}`,
  noAddress: "Esta copia del directorio no tiene una dirección para reportes. Copie el mensaje y déselo a la persona o el grupo que le compartió esta aplicación.",
  nothingAboutYou: "El mensaje solo incluye el servicio, lo que usted escribió, la fecha y la versión de la aplicación: nada sobre usted. No se envía nada hasta que usted lo envíe.",
  suggestWhat: "Escriba lo que sepa; deje vacío lo demás.",
  share: {
    share: "Compartir este servicio",
    copyLink: "Copiar enlace",
    linkCopied: "Enlace copiado.",
    textMessage: "Mensaje de texto",
    whatsApp: "WhatsApp",
    shareNote: "Solo comparte el enlace de este servicio: ni su búsqueda ni su ubicación.",
    copyFailed: "Este navegador no pudo copiar: mantenga presionado el enlace para copiarlo.",
  },
};
