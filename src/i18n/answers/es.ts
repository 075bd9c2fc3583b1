import type { AnswersMessages } from './en';

export const answersEs: AnswersMessages = {
  venues: {
    court: 'Tribunal: para audiencias y trámites. No es un lugar para conseguir abogado.',
    'government-office': 'Oficina del gobierno: recibe quejas y solicitudes. No es un lugar para conseguir abogado.',
  },
  bestMatchNearby: 'Mejor resultado, lo más cercano primero',
  recognized: 'Reconocida por el Departamento de Justicia de EE. UU.: sus representantes acreditados pueden dar consejo legal de inmigración, como los abogados.',
  withoutAddress: 'Por teléfono, o sin dirección publicada',
};
