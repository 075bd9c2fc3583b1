import type { AnswersMessages } from './en';

export const answersPl: AnswersMessages = {
  venues: {
    court: 'Sąd: rozprawy i składanie pism. Tu nie dostaniesz prawnika.',
    'government-office': 'Urząd: przyjmuje skargi i wnioski. Tu nie dostaniesz prawnika.',
  },
  bestMatchNearby: 'Najlepsze dopasowanie, najbliższe najpierw',
  recognized: 'Uznana przez Departament Sprawiedliwości USA: jej akredytowani przedstawiciele mogą udzielać porad prawnych w sprawach imigracyjnych, tak jak prawnicy.',
  withoutAddress: 'Przez telefon lub bez podanego adresu',
};
