import type { LimitsMessages } from './en';

/** Polish plural categories: 1 is "one"; 2–4, 22–24… are "few"; 0, 5–21, 25–31… are "many". */
const plural = new Intl.PluralRules('pl');

export const limitsPl: LimitsMessages = {
  outsideChicago: (place) =>
    `${place} leży poza Chicago. Ten katalog obejmuje tylko usługi w Chicago: najbliższe są pokazane najpierw.`,
  outsideHelp: 'Po pomoc w swojej okolicy zadzwoń:',
  // "z 1 usługi", "z 140 usług" (genitive); "2 z 140 usług podają", but "1" and "5 z 140 usług podaje".
  languagesStated: (stated, total) =>
    `${stated} z ${total} ${plural.select(total) === 'one' ? 'usługi' : 'usług'} ${
      plural.select(stated) === 'few' ? 'podają' : 'podaje'
    } języki, w których można się porozumieć.`,
  interpreter: 'Pozostałe mogą pomóc przez tłumacza: zadzwoń i zapytaj.',
};
