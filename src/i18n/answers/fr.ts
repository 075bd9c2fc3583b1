import type { AnswersMessages } from './en';

export const answersFr: AnswersMessages = {
  venues: {
    court: 'Tribunal : pour les audiences et les dépôts. On n’y trouve pas d’avocat.',
    'government-office': 'Administration : reçoit les plaintes et les demandes. On n’y trouve pas d’avocat.',
  },
  bestMatchNearby: 'Meilleure correspondance, les plus proches d’abord',
  recognized: 'Reconnue par le ministère de la Justice des États-Unis : ses représentants accrédités peuvent donner des conseils juridiques en immigration, comme les avocats.',
  withoutAddress: 'Par téléphone, ou sans adresse indiquée',
};
