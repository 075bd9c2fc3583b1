import type { LimitsMessages } from './en';

/** Ukrainian plural categories: 1, 21, 31… are "one"; 2–4, 22–24… are "few"; 0, 5–20, 25–30… are "many". */
const plural = new Intl.PluralRules('uk');

export const limitsUk: LimitsMessages = {
  outsideChicago: (place) =>
    `${place} — поза межами Чикаго. У цьому довіднику лише послуги в Чикаго: спершу показано найближчі.`,
  outsideHelp: 'По допомогу там, де ви живете, телефонуйте:',
  // "з 1 запису", "з 140 записів" (genitive); "1 з 140 записів вказує", "3 з 140 записів вказують".
  languagesStated: (stated, total) =>
    `${stated} з ${total} ${plural.select(total) === 'one' ? 'запису' : 'записів'} ${
      plural.select(stated) === 'one' ? 'вказує' : 'вказують'
    }, якими мовами там розмовляють.`,
  interpreter: 'Інші можуть допомогти через перекладача: зателефонуйте й запитайте.',
};
