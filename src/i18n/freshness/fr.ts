import type { FreshnessMessages } from './en';

export const freshnessFr: FreshnessMessages = {
  kinds: {
    'city-list': 'Liste de la Ville',
    'official-list': 'Liste officielle',
    'organization-page': "Page de l'organisme",
    'government-page': 'Page officielle',
    news: 'Article de presse',
    directory: 'Annuaire',
    phone: 'Confirmé par téléphone',
    'other-page': 'Page web',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, sans date`,
  warnings: {
    aging: 'Pas confirmé récemment : appelez avant de venir.',
    undated: "La source n'est pas datée : appelez pour confirmer.",
    old: 'A peut-être fermé : appelez d’abord.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `Âge de ces informations : sur ${total} adresses, ${old} reposent sur des sources de plus de 5 ans, ${aging} sur des sources de 1 à 5 ans, ${undated} sur des pages sans date, ${recent} sur des sources de l'année écoulée. Appelez avant de venir.`,
  verifiedOn: (date) => `Informations datées de ${date}`,
  sourceDated: (date) => `datée de ${date}`,
  undatedSource: 'sans date',
  closedTitle: 'Ce lieu a fermé',
  closedOn: (date, source) => `Il a fermé le ${date}, selon ${source}.`,
  closedUndated: (source) => `Il a fermé, selon ${source}.`,
  closedUntil: (until) => `Jusqu'au ${until}`,
  reopeningUnknown: 'Date de réouverture non indiquée : appelez pour confirmer.',
  closedAdvice: "Cherchez à nouveau de l'aide près de chez vous, ou appelez le 211.",
  closedPick: (name) => `${name} a fermé et n'est pas imprimé.`,
};
