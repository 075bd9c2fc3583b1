import type { AnswersMessages } from './en';

export const answersUk: AnswersMessages = {
  venues: {
    court: 'Суд: для засідань і подання документів. Тут не надають адвоката.',
    'government-office': 'Державна установа: приймає скарги та заяви. Тут не надають адвоката.',
  },
  bestMatchNearby: 'Найкращий збіг, найближчі спочатку',
  withoutAddress: 'Телефоном або без вказаної адреси',
};
