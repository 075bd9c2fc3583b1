import type { FreshnessMessages } from './en';

export const freshnessUk: FreshnessMessages = {
  kinds: {
    'city-list': 'Список міста',
    'official-list': 'Офіційний список',
    'organization-page': 'Сторінка організації',
    'government-page': 'Сторінка уряду',
    news: 'Новина',
    directory: 'Довідник',
    phone: 'Підтверджено телефоном',
    'other-page': 'Вебсторінка',
  },
  dated: (kind, date) => `${kind}, ${date}`,
  undated: (kind) => `${kind}, без дати`,
  warnings: {
    aging: 'Давно не підтверджено: зателефонуйте заздалегідь.',
    undated: 'Джерело без дати: зателефонуйте, щоб перевірити.',
    old: 'Можливо, закрито: спершу зателефонуйте.',
  },
  summary: ({ total, old, aging, undated, recent }) =>
    `Наскільки це давнє: із ${total} записів ${old} спираються на джерела, старші за 5 років, ${aging} — на джерела віком 1–5 років, ${undated} — на сторінки без дати, ${recent} — на джерела за останній рік. Зателефонуйте перед візитом.`,
  verifiedOn: (date) => `Дата інформації: ${date}`,
  sourceDated: (date) => `від ${date}`,
  undatedSource: 'без дати',
  closedTitle: 'Це місце закрилося',
  closedOn: (date, source) => `Закрилося ${date}, за даними: ${source}.`,
  closedUndated: (source) => `Закрилося, за даними: ${source}.`,
  closedUntil: (until) => `До ${until}`,
  reopeningUnknown: 'Дату відкриття не вказано: зателефонуйте, щоб уточнити.',
  closedAdvice: 'Пошукайте допомогу поблизу ще раз або зателефонуйте 211.',
  closedPick: (name) => `${name} закрилося і не буде надруковано.`,
};
