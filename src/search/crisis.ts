import { foldText } from './normalize';

/** The help-bar lines (src/app/helpLines.ts) that a crisis query brings above the results, most urgent first. */
export type CrisisLine = 'emergency' | 'crisis' | 'family' | 'domesticViolence';

/**
 * Words of a crisis in the ten interface languages, as people type them: a medical emergency, thoughts
 * of suicide, a raid or a detention, violence at home. Each phrase is folded (case and accents) and
 * matched as whole words, or inside the text for scripts written without spaces. Ordinary needs stay
 * out on purpose: "emergency shelter", "emergency food" and "deportation defense" ask for a service;
 * only the words of danger itself are here.
 */
const PHRASES: Readonly<Record<CrisisLine, readonly string[]>> = {
  emergency: [
    'medical emergency', 'heart attack', "can't breathe", 'cant breathe', 'cannot breathe', 'overdose', 'bleeding', 'call 911',
    'emergencia medica', 'ataque al corazon', 'infarto', 'no puedo respirar', 'sobredosis', 'sangrando',
    'zawał', 'nie mogę oddychać', 'przedawkowanie', 'krwawi',
    'серцевий напад', 'не можу дихати', 'передозування', 'кровотеча',
    '心脏病发作', '喘不过气', '呼吸困难', '吸毒过量', '大出血',
    'نوبة قلبية', 'لا أستطيع التنفس', 'جرعة زائدة', 'نزيف',
    'دل کا دورہ', 'سانس نہیں', 'زیادہ خوراک',
    '심장마비', '숨을 쉴 수 없', '약물 과다', '출혈',
    'atake sa puso', 'hindi makahinga', 'nagdurugo',
    'urgence medicale', 'crise cardiaque', 'je ne peux pas respirer', 'surdose', 'hemorragie',
  ],
  crisis: [
    'suicide', 'suicidal', 'kill myself', 'end my life', 'want to die', 'hurt myself',
    'suicidio', 'suicidarme', 'matarme', 'quitarme la vida', 'quiero morir', 'me quiero morir',
    'samobójstwo', 'zabić się', 'chcę umrzeć',
    'самогубство', 'суїцид', 'вбити себе', 'хочу померти',
    '自杀', '想死', '不想活',
    'انتحار', 'أريد أن أموت', 'اقتل نفسي',
    'خودکشی', 'مرنا چاہتا', 'مرنا چاہتی',
    '자살', '죽고 싶',
    'magpakamatay', 'gusto ko nang mamatay',
    'me tuer', 'envie de mourir', 'je veux mourir',
  ],
  family: [
    'ice raid', 'raid', 'raids', 'la migra', 'ice at my door', 'ice is here', 'arrested by ice', 'detained by ice', 'picked up by ice',
    'detained', 'detention', 'was detained', 'got detained',
    'redada', 'redadas', 'detencion', 'detenido', 'detenida', 'lo detuvieron', 'la detuvieron', 'se lo llevo la migra', 'arrestado por ice',
    'nalot', 'zatrzymany przez ice', 'zatrzymali',
    'облава', 'рейд ice', 'затримали', 'затриманий',
    '移民局突袭', '突击搜查', '被移民局抓', '被拘留',
    'مداهمة', 'داهمت', 'احتجزوا', 'اعتقلوا',
    'چھاپہ', 'گرفتار کر لیا',
    '단속', '이민국 단속', '체포됐', '구금',
    'hinuli ng ice', 'dinampot ng ice', 'nakakulong',
    'rafle', 'descente de ice', 'a ete arrete', 'detenu par ice',
  ],
  domesticViolence: [
    'domestic violence', 'hits me', 'beats me', 'hurts me', 'is abusing me', 'afraid of my husband', 'afraid of my partner', 'violence at home',
    'me pega', 'me golpea', 'me maltrata', 'violencia en casa', 'violencia domestica', 'tengo miedo de mi esposo',
    'bije mnie', 'przemoc domowa', 'znęca się',
    "б'є мене", 'бʼє мене', 'домашнє насильство',
    '家暴', '家庭暴力', '他打我',
    'يضربني', 'عنف أسري', 'عنف منزلي',
    'مجھے مارتا', 'گھریلو تشدد',
    '가정폭력', '나를 때려',
    'binubugbog ako', 'sinasaktan ako', 'karahasan sa tahanan',
    'me frappe', 'violence conjugale', 'violences conjugales', 'violence domestique',
  ],
};

const ORDER: readonly CrisisLine[] = ['emergency', 'crisis', 'family', 'domesticViolence'];

/** Scripts written without spaces between words: a phrase may stand anywhere in the text. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const matchers: [CrisisLine, RegExp[]][] = ORDER.map((line) => [
  line,
  PHRASES[line].map((phrase) => {
    const folded = foldText(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return UNSPACED.test(phrase) ? new RegExp(folded, 'u') : new RegExp(`(^|[^\\p{L}\\p{N}])${folded}($|[^\\p{L}\\p{N}])`, 'u');
  }),
]);

/** The lines a query's words of crisis call for, most urgent first; none for an ordinary query. */
export function crisisLinesFor(query: string): CrisisLine[] {
  const folded = foldText(query.replace(/[’ʼ]/g, "'"));
  if (folded.trim() === '') return [];
  return matchers.filter(([, patterns]) => patterns.some((pattern) => pattern.test(folded))).map(([line]) => line);
}
