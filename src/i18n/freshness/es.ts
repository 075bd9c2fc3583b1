import type { FreshnessMessages } from './en';

export const freshnessEs: FreshnessMessages = {
  kinds: {
    'city-list': 'Lista de la Ciudad',
    'official-list': 'Lista oficial',
    'organization-page': 'Página de la organización',
    'government-page': 'Página del gobierno',
    news: 'Noticia',
    directory: 'Directorio',
    phone: 'Confirmado por teléfono',
    'other-page': 'Página web',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, sin fecha`,
  warnings: {
    aging: 'No se ha confirmado recientemente: llame antes de ir.',
    undated: 'La fuente no tiene fecha: llame para confirmar.',
    old: 'Puede haber cerrado: llame primero.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `Qué tan vieja es esta información: de ${total} servicios, ${old} se basan en fuentes de hace más de 5 años, ${aging} en fuentes de 1 a 5 años, ${undated} en páginas sin fecha y ${recent} en fuentes del último año. Llame antes de ir.`,
  verifiedOn: (date) => `Fecha de la información: ${date}`,
  sourceDated: (date) => `fecha: ${date}`,
  undatedSource: 'sin fecha',
  closedTitle: 'Este lugar cerró',
  closedOn: (date, source) => `Cerró el ${date}, según ${source}.`,
  closedUndated: (source) => `Ya cerró, según ${source}.`,
  closedUntil: (until) => `Hasta el ${until}`,
  reopeningUnknown: 'No se sabe cuándo reabre: llame para confirmar.',
  closedAdvice: 'Busque otra vez ayuda cerca, o llame al 211.',
  closedPick: (name) => `${name} cerró y no se incluye en la hoja impresa.`,
};
