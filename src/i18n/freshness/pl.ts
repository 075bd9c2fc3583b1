import type { FreshnessMessages } from './en';

export const freshnessPl: FreshnessMessages = {
  kinds: {
    'city-list': 'Lista miasta',
    'official-list': 'Lista urzędowa',
    'organization-page': 'Strona organizacji',
    'government-page': 'Strona urzędu',
    news: 'Artykuł prasowy',
    directory: 'Katalog',
    phone: 'Potwierdzone telefonicznie',
    'other-page': 'Strona internetowa',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, bez daty`,
  warnings: {
    aging: 'Dawno niepotwierdzone: zadzwoń przed wizytą.',
    undated: 'Źródło nie ma daty: zadzwoń, aby potwierdzić.',
    old: 'Mogło zostać zamknięte: najpierw zadzwoń.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `Wiek tych informacji: spośród ${total} pozycji ${old} opiera się na źródłach starszych niż 5 lat, ${aging} na źródłach sprzed 1–5 lat, ${undated} na stronach bez daty, a ${recent} na źródłach z ostatniego roku. Zadzwoń przed wizytą.`,
  verifiedOn: (date) => `Data informacji: ${date}`,
  sourceDated: (date) => `z dnia ${date}`,
  undatedSource: 'bez daty',
  closedTitle: 'To miejsce zostało zamknięte',
  closedOn: (date, source) => `Zamknięte ${date}, według: ${source}.`,
  closedUndated: (source) => `Zostało zamknięte, według: ${source}.`,
  closedUntil: (until) => `Do ${until}`,
  reopeningUnknown: 'Nie podano daty ponownego otwarcia: zadzwoń, aby potwierdzić.',
  closedAdvice: 'Wyszukaj ponownie pomoc w pobliżu albo zadzwoń pod 211.',
  closedPick: (name) => `${name}: zamknięte, nie zostanie wydrukowane.`,
};
