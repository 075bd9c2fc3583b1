import type { LimitsMessages } from './en';

/** French plural categories: 0 and 1 are "one"; 2 or more are "other". */
const plural = new Intl.PluralRules('fr');
const one = (count: number) => plural.select(count) === 'one';

export const limitsFr: LimitsMessages = {
  outsideChicago: (place) =>
    `${place} est hors de Chicago. Cet annuaire ne contient que des services de Chicago : les plus proches sont affichés en premier.`,
  outsideHelp: "Pour de l'aide près de chez vous, appelez :",
  languagesStated: (stated, total) =>
    `${stated} sur ${total} ${one(total) ? 'adresse' : 'adresses'} ${one(stated) ? 'indique' : 'indiquent'} les langues parlées.`,
  interpreter: 'Les autres peuvent peut-être aider avec un interprète : appelez pour demander.',
};
