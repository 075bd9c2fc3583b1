import type { FreshnessMessages } from './en';

export const freshnessTl: FreshnessMessages = {
  kinds: {
    'city-list': 'Listahan ng Lungsod',
    'official-list': 'Opisyal na listahan',
    'organization-page': 'Pahina ng organisasyon',
    'government-page': 'Pahina ng gobyerno',
    news: 'Balita',
    directory: 'Direktoryo',
    phone: 'Kinumpirma sa telepono',
    'other-page': 'Web page',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, walang petsa`,
  warnings: {
    aging: 'Hindi nakumpirma kamakailan: tumawag muna bago pumunta.',
    undated: 'Walang petsa ang pinagmulan: tumawag para makumpirma.',
    old: 'Baka sarado na: tumawag muna.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `Gaano kaluma ito: sa ${total} na serbisyo, ${old} ang batay sa mga pinagmulang mahigit 5 taon na, ${aging} sa mga pinagmulang 1 hanggang 5 taon na, ${undated} sa mga pahinang walang petsa, at ${recent} sa mga pinagmulan ng nakaraang taon. Tumawag bago pumunta.`,
  verifiedOn: (date) => `Petsa ng impormasyon: ${date}`,
  sourceDated: (date) => `may petsang ${date}`,
  undatedSource: 'walang petsa',
  closedTitle: 'Sarado na ang lugar na ito',
  closedOn: (date, source) => `Nagsara ito noong ${date}, ayon sa ${source}.`,
  closedUndated: (source) => `Sarado na ito, ayon sa ${source}.`,
  closedUntil: (until) => `Hanggang ${until}`,
  reopeningUnknown: 'Walang petsa ng muling pagbubukas: tumawag para makumpirma.',
  closedAdvice: 'Maghanap muli ng tulong sa malapit, o tumawag sa 211.',
  closedPick: (name) => `Sarado na ang ${name} at hindi ito isasama sa ipi-print.`,
};
