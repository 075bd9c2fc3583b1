import type { AnswersMessages } from './en';

export const answersFr: AnswersMessages = {
  venues: {
    court: 'Tribunal : pour les audiences et les dépôts. On n’y trouve pas d’avocat.',
    'government-office': 'Administration : reçoit les plaintes et les demandes. On n’y trouve pas d’avocat.',
  },
  bestMatchNearby: 'Meilleure correspondance, les plus proches d’abord',
  withoutAddress: 'Par téléphone, ou sans adresse indiquée',
};
