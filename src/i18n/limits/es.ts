import type { LimitsMessages } from './en';

/** Spanish plural categories: 1 is "one"; 0 and 2 or more are "other" (or "many" for millions). */
const plural = new Intl.PluralRules('es');
const one = (count: number) => plural.select(count) === 'one';

export const limitsEs: LimitsMessages = {
  outsideChicago: (place) =>
    `${place} está fuera de Chicago. Este directorio solo tiene servicios de Chicago: primero se muestran los más cercanos.`,
  outsideHelp: 'Para pedir ayuda donde usted vive, llame al',
  languagesStated: (stated, total) =>
    `${stated} de ${total} ${one(total) ? 'servicio' : 'servicios'} ${one(stated) ? 'indica qué idiomas habla' : 'indican qué idiomas hablan'}.`,
  interpreter: 'Los demás pueden ayudarle con un intérprete: llame y pregunte.',
};
