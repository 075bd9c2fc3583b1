import type { AnswersMessages } from './en';

export const answersTl: AnswersMessages = {
  venues: {
    court: 'Korte: para sa mga pagdinig at pagsusumite ng papeles. Hindi ito lugar para kumuha ng abogado.',
    'government-office': 'Tanggapan ng gobyerno: tumatanggap ng reklamo at aplikasyon. Hindi ito lugar para kumuha ng abogado.',
  },
  bestMatchNearby: 'Pinakaangkop, pinakamalapit muna',
  recognized: 'Kinikilala ng U.S. Department of Justice: ang mga akreditadong kinatawan nito ay maaaring magbigay ng legal na payo sa imigrasyon, gaya ng mga abogado.',
  withoutAddress: 'Sa telepono, o walang nakalistang address',
};
