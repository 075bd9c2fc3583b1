/**
 * Words of a crisis that also say which kind of help to rank first: "kill myself" asks for a crisis line or
 * mental health care, "me pega" for domestic violence help, "zatrzymali" for immigration legal help,
 * "heart attack" for health care. Short forms (one to three words, lower case) as people type them, in the
 * ten interface languages; the terms the search already knows (SYNONYMS, EVERYDAY_NEEDS) are not repeated.
 * Bare words that as often mean an ordinary need stay out ("nalot" is also a coated tongue, "затримка" a
 * delay), as do words one letter from a common word ("deported" and "reported").
 */
export const CRISIS_NEED_TERMS: Readonly<Record<'mentalHealth' | 'domesticViolence' | 'immigration' | 'health', readonly string[]>> = {
  mentalHealth: [
    'suicidal', 'killing myself', 'end my life', 'wanna die', 'hurt myself', 'hurting myself', 'cutting myself',
    'suicidarme', 'suicidarse', 'suicida', 'quiero morirme', 'quitarme la vida', 'quitar la vida', 'quiero matarme', 'me quiero matar', 'ganas de morir',
    'samobójstwa', 'samobójcze', 'zabić się', 'umrzeć', 'nie chcę żyć',
    'вбити себе', 'не хочу жити', 'покінчити з собою', 'самоубийство',
    '不想活', '活不下去', '寻死', '自残', '自殘', '割腕',
    'انتحار', 'انتحر', 'أموت', 'اقتل نفسي',
    'خود کشی', 'مرنا چاہتا', 'مرنا چاہتی', 'khud kushi', 'marna chahta', 'marna chahti',
    '죽고', '자해', '살기 싫',
    'magpapakamatay', 'nagpakamatay',
    'suicidaire', 'me suicider', 'envie de mourir',
  ],
  domesticViolence: [
    'hit me', 'beat me', 'hurts me', 'punched me', 'slapped me', 'choked me', 'abusing me',
    'me pegó', 'me golpeó', 'me maltrata', 'me quiere matar',
    'mąż bije', 'bił mnie', 'pobił', 'pobil', 'pobiła', 'pobila', 'pobicie', 'znęca się', 'niebieska karta',
    "б'є", 'бє', 'побив', 'побила', 'знущається',
    '打了我', '殴打', '毆打',
    'ضربني', 'بيضربني', 'يعنفني', 'يؤذيني',
    'مجھے مارتا', 'مجھے مارتی', 'mujhe marta', 'mujhe maarta', 'gharelu tashadud',
    '때리', '때렸', '구타',
    'sinaktan', 'sinasampal', 'sinuntok',
    'me bat', 'me battait', 'me frappait', 'me tape',
  ],
  immigration: [
    'raid', 'raids', 'ice raid', 'detained', 'was deported', 'got deported',
    'detenidos', 'detuvieron', 'lo deportaron', 'la deportaron', 'fue deportado', 'fue deportada', 'se lo llevo',
    'zatrzymali', 'zatrzymany', 'zatrzymana', 'obława', 'deportowany', 'aresztowali',
    'затримали', 'затримав', 'затриманий', 'облава', 'депортували',
    '拘留', '被拘留', '移民局抓', '抓走', '被捕', '突袭',
    'اعتقلوا', 'احتجزوا', 'مداهمة', 'محتجز', 'معتقل',
    'گرفتار', 'چھاپہ', 'pakar liya', 'pakad liya', 'giraftar',
    '단속', '구금', '체포', '구치소', '잡혀갔',
    'hinuli', 'dinampot', 'nakakulong', 'na-detain', 'na-deport',
    'rafle', 'detenu', 'detenue', 'centre de retention',
  ],
  health: [
    'heart attack', "can't breathe", 'cant breathe', 'not breathing', 'overdose', 'bleeding', 'unconscious', 'chest pain',
    'infarto', 'ataque al corazon', 'no puede respirar', 'no puedo respirar', 'sobredosis', 'sangrando', 'convulsiones',
    'zawał', 'zawal', 'atak serca', 'przedawkowanie', 'krwawi', 'nieprzytomny',
    'інфаркт', 'серцевий напад', 'передозування', 'кровотеча', 'не дихає',
    '心脏病', '呼吸困难', '喘不过气', '昏迷', '大出血',
    'نوبة قلبية', 'جلطة', 'نزيف', 'جرعة زائدة',
    'دل کا دورہ', 'ہارٹ اٹیک', 'بے ہوش', 'dil ka dora', 'dil ka daura',
    '심장마비', '출혈', '호흡곤란', '기절',
    'atake sa puso', 'hindi makahinga', 'nagdurugo', 'dumudugo', 'nahimatay',
    'crise cardiaque', 'infarctus', 'surdose', 'hemorragie',
  ],
};
