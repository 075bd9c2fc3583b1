import type { ServiceRecord } from '../../src/data/schema';
import { formatPhone } from '../../src/service/links';
import { ASKED_FIELDS, type AskedField } from './checkLog';
import { factText, FIELD_NAMES } from './facts';

export type LetterLanguage = 'en' | 'es';

const FIELD_NAMES_ES: Readonly<Record<AskedField, string>> = {
  name: 'Nombre',
  location: 'Dirección',
  phones: 'Teléfonos',
  hours: 'Horario',
  languages: 'Idiomas',
  services: 'Servicios',
  eligibility: 'Quién puede ir',
  fees: 'Costo',
  requiredDocuments: 'Qué llevar',
  email: 'Correo electrónico',
  website: 'Sitio web',
};

const WORDS = {
  en: {
    subject: (organization: string) => `Is this still right? ${organization} in Chicago Help Map`,
    opening: (organization: string) =>
      `Hello,\n\nChicago Help Map is a free directory that helps immigrant families in Chicago find legal help, shelter and services. It lists the following about ${organization}. Could you tell us whether each line is still right, and correct what is not?`,
    nothing: '(the directory says nothing: tell us, if you wish)',
    confidential: '(kept confidential: never published)',
    sources: 'Where this comes from',
    closing: 'You can reply to this message with corrections, or call us. If a service has closed or moved, please say so: families rely on it. Thank you.',
  },
  es: {
    subject: (organization: string) => `¿Sigue siendo correcto? ${organization} en Chicago Help Map`,
    opening: (organization: string) =>
      `Hola:\n\nChicago Help Map es un directorio gratuito que ayuda a familias inmigrantes en Chicago a encontrar ayuda legal, albergue y servicios. Publica lo siguiente sobre ${organization}. ¿Nos puede decir si cada línea sigue siendo correcta, y corregir lo que no lo sea? (Los datos están en inglés, como los dan sus fuentes.)`,
    nothing: '(el directorio no dice nada: díganos, si lo desea)',
    confidential: '(confidencial: nunca se publica)',
    sources: 'De dónde viene',
    closing: 'Puede responder a este mensaje con las correcciones, o llamarnos. Si un servicio cerró o se mudó, díganoslo, por favor: las familias dependen de esta información. Gracias.',
  },
};

/** A letter may be misdirected: a confidential address is never written into one. */
function shownFact(record: ServiceRecord, field: AskedField, language: LetterLanguage): string {
  if (field === 'location' && record.confidentialAddress) return WORDS[language].confidential;
  return factText(record, field).replace(/\n/g, '; ');
}

/** Every listing of one organization, everything the directory says of each, ready to e-mail or post. */
export function stillRightLetter(records: readonly ServiceRecord[], language: LetterLanguage): { subject: string; body: string } {
  const words = WORDS[language];
  const names = language === 'es' ? FIELD_NAMES_ES : FIELD_NAMES;
  const organization = records[0]?.organization.name ?? '';
  const parts = records.map((record) => {
    const facts = ASKED_FIELDS.map((field) => `  ${names[field]}: ${shownFact(record, field, language) || words.nothing}`);
    const sources = record.sources.map((source) => `  - ${source.name} (${source.date})`);
    return [`* ${record.name}`, ...facts, `  ${words.sources}:`, ...sources].join('\n');
  });
  return { subject: words.subject(organization), body: [words.opening(organization), ...parts, words.closing].join('\n\n') };
}

/** What a caller reads out, in English and Spanish: who they are, why, and how long it takes. */
export function callScript(record: ServiceRecord, language: LetterLanguage): string {
  const number = record.phones[0] ? formatPhone(record.phones[0].number) : '';
  return language === 'es'
    ? `Buenos días. Me llamo ___ y soy voluntario/a de Chicago Help Map, un directorio gratuito que ayuda a familias inmigrantes a encontrar servicios. Quisiera confirmar que lo que publicamos sobre "${record.name}" sigue siendo correcto. Son dos minutos. ¿Le puedo leer los datos?\n\n(Lea cada dato y anote: correcto, cambió a…, o no se preguntó.)\n\nMuchas gracias. Actualizaremos el directorio con lo que nos diga.`
    : `Hello, my name is ___. I volunteer with Chicago Help Map, a free directory that helps immigrant families find services. I'd like to check that what we list for "${record.name}"${number ? ` at ${number}` : ''} is still right. It takes two minutes. May I read it to you?\n\n(Read each fact and mark: right, changed to…, or not asked.)\n\nThank you very much. We will update the directory with what you tell us.`;
}
