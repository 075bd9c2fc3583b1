import { describe, expect, it } from 'vitest';
import { NAMES_IN_EVERY_LANGUAGE } from '../../src/i18n/names/everyLanguage';
import { crisisLinesFor, type CrisisLine } from '../../src/search/crisis';
import { CRISIS_NEED_TERMS } from '../../src/search/crisisNeeds';
import { foldText } from '../../src/search/normalize';
import { SYNONYMS } from '../../src/search/synonyms';

type Case = [query: string, lines: CrisisLine[]];

const BY_LANGUAGE: Record<string, Case[]> = {
  en: [
    ['ICE raid', ['family']], ['ICE is at my door', ['family']], ['my brother was detained', ['family']], ['ice took my dad', ['family']],
    ['my husband got deported', ['family']], ['I want to kill myself', ['crisis']], ['i dont want to live anymore', ['crisis']],
    ['suicidal thoughts', ['crisis']], ['my husband hits me', ['domesticViolence']], ['he punched me', ['domesticViolence']],
    ['my boyfriend threatened to kill me', ['domesticViolence']], ['domestic violence', ['domesticViolence']], ['heart attack', ['emergency']],
    ['my friend took an overdose', ['emergency']], ['my baby is not breathing', ['emergency']], ['he is bleeding and I want to die', ['emergency', 'crisis']],
  ],
  es: [
    ['redada', ['family']], ['la migra está en mi casa', ['family']], ['mi esposo fue detenido', ['family']], ['ICE se llevó a mi esposo', ['family']],
    ['lo deportaron ayer', ['family']], ['quiero morir', ['crisis']], ['me quiero morir', ['crisis']], ['quiero morirme', ['crisis']],
    ['pienso en suicidarme', ['crisis']], ['mi esposo me pega', ['domesticViolence']], ['me pegó mi pareja', ['domesticViolence']],
    ['mi esposo me quiere matar', ['domesticViolence']], ['violencia domestica', ['domesticViolence']], ['no puedo respirar', ['emergency']],
    ['mi hijo no puede respirar', ['emergency']], ['mi papa tiene un infarto', ['emergency']],
  ],
  pl: [
    ['ICE zatrzymało mojego męża', ['family']], ['zatrzymali mojego brata', ['family']], ['mąż został zatrzymany', ['family']],
    ['nalot ICE', ['family']], ['deportowali mojego syna', ['family']], ['chcę umrzeć', ['crisis']], ['chce sie zabic', ['crisis']],
    ['myśli samobójcze', ['crisis']], ['mąż mnie bije', ['domesticViolence']], ['maz mnie bije', ['domesticViolence']],
    ['pobił mnie', ['domesticViolence']], ['pobil mnie wczoraj', ['domesticViolence']], ['przemocy domowej', ['domesticViolence']],
    ['zawał serca', ['emergency']], ['zawalu', ['emergency']], ['nie może oddychać', ['emergency']],
  ],
  zh: [
    ['我想自杀', ['crisis']], ['我不想活了', ['crisis']], ['我哥哥被移民局抓了', ['family']], ['我丈夫被拘留', ['family']],
    ['ICE抓了我爸爸', ['family']], ['我丈夫打我', ['domesticViolence']], ['老公打了我', ['domesticViolence']], ['家暴', ['domesticViolence']],
    ['我爸爸心脏病发作', ['emergency']], ['孩子呼吸困难', ['emergency']],
  ],
  ar: [
    ['زوجي يضربني', ['domesticViolence']], ['زوجى يضربنى', ['domesticViolence']], ['جوزي بيضربني', ['domesticViolence']],
    ['العنف الأسري', ['domesticViolence']], ['أريد أن أموت', ['crisis']], ['اريد ان اموت', ['crisis']], ['أفكر في الانتحار', ['crisis']],
    ['اعتقلوا أخي', ['family']], ['احتجزوا زوجي', ['family']], ['مداهمة الهجرة', ['family']], ['أبي عنده نوبة قلبية', ['emergency']],
    ['ابني لا يستطيع التنفس', ['emergency']],
  ],
  uk: [
    ['чоловік б’є мене', ['domesticViolence']], ["чоловік б'є мене", ['domesticViolence']], ['чоловік бє мене', ['domesticViolence']],
    ["cholovik b'ye mene", ['domesticViolence']], ['він побив мене', ['domesticViolence']], ['домашнього насильства', ['domesticViolence']],
    ['хочу померти', ['crisis']], ['думаю про самогубство', ['crisis']], ['не хочу жити', ['crisis']], ['мого брата затримали', ['family']],
    ['ICE затримав чоловіка', ['family']], ['мій син затриманий', ['family']], ['у тата інфаркт', ['emergency']], ['дитина не дихає', ['emergency']],
  ],
  fr: [
    ['mon mari me frappe', ['domesticViolence']], ["il m'a frappée", ['domesticViolence']], ['mon mari veut me tuer', ['domesticViolence']],
    ['violences conjugales', ['domesticViolence']], ['je veux mourir', ['crisis']], ['je veux me tuer', ['crisis']], ['pensées suicidaires', ['crisis']],
    ['mon frère a été arrêté par ICE', ['family']], ['mon mari est détenu', ['family']], ['crise cardiaque', ['emergency']],
    ['il ne respire plus', ['emergency']],
  ],
  ko: [
    ['남편이 나를 때려요', ['domesticViolence']], ['남편이 때렸어요', ['domesticViolence']], ['가정폭력', ['domesticViolence']],
    ['죽고 싶어요', ['crisis']], ['죽고싶어요', ['crisis']], ['자살하고 싶어요', ['crisis']], ['아빠가 이민국 단속에 잡혔어요', ['family']],
    ['남편이 체포됐어요', ['family']], ['엄마가 심장마비 같아요', ['emergency']], ['아이가 숨을 못 쉬어요', ['emergency']],
  ],
  tl: [
    ['binubugbog ako ng asawa ko', ['domesticViolence']], ['sinasaktan niya ako', ['domesticViolence']], ['sinampal ako ng husband ko', ['domesticViolence']],
    ['gusto ko nang mamatay', ['crisis']], ['gusto ko ng mamatay', ['crisis']], ['gusto kong magpakamatay', ['crisis']],
    ['hinuli ng ICE ang tatay ko', ['family']], ['na-detain ang kuya ko', ['family']], ['hindi makahinga ang anak ko', ['emergency']],
    ['inatake sa puso si lola', ['emergency']],
  ],
  ur: [
    ['میرا شوہر مجھے مارتا ہے', ['domesticViolence']], ['میرا شوهر مجهے مارتا هے', ['domesticViolence']], ['mera shohar mujhe marta hai', ['domesticViolence']],
    ['گھریلو تشدد', ['domesticViolence']], ['میں خودکشی کرنا چاہتا ہوں', ['crisis']], ['main marna chahta hoon', ['crisis']],
    ['mujhe marna hai', ['crisis']], ['ICE ne mere bhai ko pakar liya', ['family']], ['میرے بھائی کو گرفتار کر لیا', ['family']],
    ['ابو کو دل کا دورہ پڑا ہے', ['emergency']], ['abbu ko dil ka dora para', ['emergency']],
  ],
};

describe('words of a crisis, in each of the ten languages', () => {
  for (const [language, cases] of Object.entries(BY_LANGUAGE)) {
    it.each(cases)(`[${language}] "%s" calls for %j`, (query, lines) => {
      expect(crisisLinesFor(query)).toEqual(lines);
    });
  }
});

describe('ordinary needs', () => {
  it.each([
    'dentist', 'clínica gratis', 'emergency shelter', 'emergency food', 'emergency room', 'deportation defense', 'know your rights ICE',
    'ICE check-in lawyer', 'abogado', 'braid', 'raiders', 'food pantry', 'bleeding gums dentist', 'comida de emergencia', 'defensa contra la deportación',
    'orden de deportación', 'detenidamente', 'dentysta', 'pomoc prawna', 'gdzie mogę się zatrzymać', 'zatrzymał moją kaucję',
    'pracodawca zatrzymał wypłatę', 'wypłata zatrzymana', 'biały nalot na języku', 'serce mi szybko bije', '牙医', '请打我电话', '驱逐出境辩护', 'طبيب أسنان',
    'الدفاع ضد الترحيل', 'стоматолог', 'мені затримали зарплату', 'затримали мою зарплату', 'затримка зарплати', 'захист від депортації', 'dentiste',
    "hébergement d'urgence", 'expulsé de mon logement', '치과', '회사 때려치우고 새 직장', '공황발작', 'overdose prevention training', 'libreng dentista', 'دانتوں کا ڈاکٹر',
    'مجھے کھانا چاہیے', '', '!!!',
  ])('leaves "%s" an ordinary query', (query) => {
    expect(crisisLinesFor(query)).toEqual([]);
  });

  const ownLine: Record<string, CrisisLine> = {
    detention: 'family', 'domestic-violence': 'domesticViolence', 'domestic-violence-support': 'domesticViolence', 'crisis-line': 'crisis',
  };
  const names = Object.entries(NAMES_IN_EVERY_LANGUAGE).flatMap(([code, { categoryNames, serviceNames }]) => [
    ...Object.entries(categoryNames).map(([key, name]) => [code, key, name] as const),
    ...Object.entries(serviceNames).map(([key, name]) => [code, key, name] as const),
  ]);

  it('brings no line for the name of a kind of help in any language, except that crisis\'s own help', () => {
    const wrong = names.filter(([, key, name]) => crisisLinesFor(name).some((line) => line !== ownLine[key]));
    expect(wrong).toEqual([]);
    // The check sees the names it is about: "Domestic violence" itself does bring its line.
    expect(names.filter(([, key, name]) => key === 'domestic-violence' && crisisLinesFor(name).includes('domesticViolence')).length).toBeGreaterThanOrEqual(9);
  });
});

describe('the crisis words that also say which help to rank first', () => {
  const entries = Object.entries(CRISIS_NEED_TERMS).flatMap(([need, terms]) => terms.map((term) => [need, term] as const));
  const knownTerms = new Set([...SYNONYMS.keys()].map(foldText));
  const lineOf: Record<string, CrisisLine> = { mentalHealth: 'crisis', domesticViolence: 'domesticViolence', immigration: 'family', health: 'emergency' };
  // Enough to rank the kind of help, too bare to put a phone line above the results.
  const rankOnly = new Set(['أموت', '죽고', 'sinaktan', 'sinuntok', 'se lo llevo', '心脏病']);

  it('are short lower-case terms, each once, none the search already knows', () => {
    expect(entries.length).toBeGreaterThan(150);
    expect(entries.filter(([, term]) => term !== term.toLowerCase() || term.trim() !== term || term.split(' ').length > 3)).toEqual([]);
    expect(entries.filter(([, term], index) => entries.findIndex(([, other]) => foldText(other) === foldText(term)) !== index)).toEqual([]);
    expect(entries.filter(([, term]) => knownTerms.has(foldText(term)))).toEqual([]);
  });

  it('each bring up the help line of their kind, apart from a few too bare for a line', () => {
    const [need, term] = entries.find(([, candidate]) => candidate === 'me pegó') ?? [];
    expect([need, term]).toEqual(['domesticViolence', 'me pegó']);
    const mismatched = entries.filter(([kind, candidate]) => !rankOnly.has(candidate) && crisisLinesFor(candidate).join() !== lineOf[kind]);
    expect(mismatched).toEqual([]);
  });
});
