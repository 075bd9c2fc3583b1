import { COURTS_AND_OFFICES, DOMESTIC_VIOLENCE, IMMIGRATION, IMMIGRATION_COURTS, IMMIGRATION_LEGAL, SLEEP_TONIGHT, type RelevanceCase } from '../caseTypes';

/** A message pasted whole into the box: the need comes only at the end. */
const LONG_STORY =
  'Hola, buenas tardes. Llegué a Chicago hace dos años con mis dos hijos desde Venezuela, primero vivimos con mi prima en ' +
  'Cicero pero ya no podemos quedarnos ahí porque su casa es muy pequeña y el dueño no quiere más gente. Trabajo limpiando ' +
  'oficinas en las noches y no me alcanza para pagar renta. Mi hijo mayor va a la escuela y la menor todavía es bebé. Tengo ' +
  'una cita en la corte de inmigración el próximo mes y no sé qué hacer. Necesito un abogado de inmigración que hable español ' +
  'y que no cobre mucho, por favor.';

export const SPANISH_CASES: RelevanceCase[] = [
  { language: 'es', kind: 'need', query: 'refugio', expected: { categories: ['shelter'] } },
  { language: 'es', kind: 'need', query: 'despensa', expected: { services: ['food-pantry'] } },
  { language: 'es', kind: 'need', query: 'papeles', expected: { services: IMMIGRATION } },
  { language: 'es', kind: 'need', query: 'clases de inglés', expected: { services: ['english-classes'] } },
  { language: 'es', kind: 'need', query: 'impuestos', expected: { services: ['tax-preparation'] } },
  { language: 'es', kind: 'sentence', query: 'necesito ayuda con mi asilo', expected: { services: ['asylum', 'removal-defense'] } },
  { language: 'es', kind: 'sentence', query: '¿dónde puedo dormir esta noche?', expected: { services: SLEEP_TONIGHT } },
  { language: 'es', kind: 'sentence', query: 'busco un abogado que hable español', expected: { categories: ['legal'], languages: ['es'] } },
  { language: 'es', kind: 'sentence', query: 'necesito un lawyer para mi caso de inmigración', expected: { categories: ['legal'], services: IMMIGRATION_LEGAL } },
  { language: 'es', kind: 'sentence', query: 'donde hay un food pantry', expected: { services: ['food-pantry'] } },
  { language: 'es', kind: 'sentence', query: 'mi patrón no me pagó', expected: { services: ['workers-rights'] } },
  { language: 'es', kind: 'typo', query: 'abogdo', expected: { categories: ['legal'] } },
  { language: 'es', kind: 'typo', query: 'imigracion', expected: { services: IMMIGRATION } },
  { language: 'es', kind: 'typo', query: 'clinca', expected: { categories: ['health'] } },
  { language: 'es', kind: 'crisis', query: 'la migra se llevó a mi esposo', expected: { crisisLine: 'family' } },
  { language: 'es', kind: 'crisis', query: 'mi esposo me pega', expected: { crisisLine: 'domesticViolence', services: DOMESTIC_VIOLENCE } },
  { language: 'es', kind: 'crisis', query: 'me quiero morir', expected: { crisisLine: 'crisis', services: ['crisis-line', 'mental-health'] } },
  { language: 'es', kind: 'crisis', query: 'mi hijo no puede respirar', expected: { crisisLine: 'emergency' } },
  { language: 'es', kind: 'crisis', query: 'clínica gratis', expected: { noCrisisLine: true, categories: ['health'] } },
  { language: 'es', kind: 'crisis', query: 'comida de emergencia', expected: { noCrisisLine: true, categories: ['food'] } },
  { language: 'es', kind: 'place', query: '', near: 'Pilsen', expected: { withinMiles: 0.5 } },
  { language: 'es', kind: 'place', query: 'abogado', near: '26th and Kedzie', expected: { categories: ['legal'], withinMiles: 1.5 } },
  { language: 'es', kind: 'place', query: 'clínica', near: '60623', expected: { categories: ['health'], withinMiles: 1 } },
  { language: 'es', kind: 'place', query: 'comida en Pilsen', expected: { categories: ['food'], communityArea: 'Lower West Side' } },
  { language: 'es', kind: 'name', query: 'Instituto del Progreso Latino', expected: { ids: ['dfss-institute-for-latino-progress-dba-instituto-del-progreso-latino-2520-s-western-ave'] } },
  { language: 'es', kind: 'name', query: 'Centro Romero', expected: { ids: ['dfss-centro-romero-6216-n-clark-st'] } },
  { language: 'es', kind: 'court', query: 'corte de inmigración', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'es', kind: 'court', query: 'tengo audiencia', expected: { ids: IMMIGRATION_COURTS } },
  { language: 'es', kind: 'court', query: 'consulado', expected: { ids: COURTS_AND_OFFICES } },
  { language: 'es', kind: 'court', query: 'abogado', expected: { categories: ['legal'], notIds: COURTS_AND_OFFICES } },
  { language: 'es', kind: 'court', query: 'abogado de inmigración', expected: { services: IMMIGRATION_LEGAL, notIds: COURTS_AND_OFFICES } },
  { language: 'es', kind: 'bad-input', query: 'ayuda por favor', expected: { nonEmpty: true } },
  { language: 'es', kind: 'bad-input', query: LONG_STORY, expected: { nonEmpty: true } },
];
