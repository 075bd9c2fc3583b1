import type { AnswersMessages } from './en';

export const answersPl: AnswersMessages = {
  venues: {
    court: 'Sąd: rozprawy i składanie pism. Tu nie dostaniesz prawnika.',
    'government-office': 'Urząd: przyjmuje skargi i wnioski. Tu nie dostaniesz prawnika.',
  },
  bestMatchNearby: 'Najlepsze dopasowanie, najbliższe najpierw',
  withoutAddress: 'Przez telefon lub bez podanego adresu',
};
