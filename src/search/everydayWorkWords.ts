/**
 * Everyday words for work (src/search/everydayWords.ts): the words of a job search, and apart from them
 * the words of pay withheld ("my boss did not pay me"), which ask first for workers' rights help.
 */
export const WORK_WORDS: readonly string[] = [
    'careers', 'hiring', 'gongzuo', 'unemployed', 'resume', 'job search', 'job fair', 'workforce', 'worker', 'workers',
    'day laborer', 'apprenticeship', 'vocational', 'internship', 'internships', 'got fired', 'was fired', 'workplace', 'chamba',
    'chambear', 'jale', 'jornalero', 'jornaleros', 'trabajadores', 'capacitacion', 'despedido', 'me despidieron',
    'accidente de trabajo', 'la chamba', 'zatrudnienie', 'zatrudnienia', 'pracownik', 'pracownicy', 'oferty pracy',
    'kurs zawodowy', '职业', '職業', '招聘', '招工', '打工', '工人', 'شغل', 'وظيفه', 'وظائف', 'فرص عمل', 'عمال', 'تدريب مهني', 'shoghl',
    'shughl', 'wazifa', '3amal', 'працевлаштування', 'вакансії', 'вакансія', 'підробіток', 'трудоустройство', 'вакансии',
    'вакансия', 'подработка', 'rabota', 'robotu', 'rabotu', "d'emploi", 'taf', 'embauche', "offre d'emploi", "offres d'emploi",
    '알바', '아르바이트', '고용', '채용', '노동', '노동자', '근로자', '직장', 'manggagawa', 'naghahanap trabaho', 'magtrabaho', 'pagtatrabaho',
    'کام کاج', 'جاب', 'مزدوری', 'مزدور', 'بیروزگار', 'nokri', 'kaam', 'rozgar', 'mulazmat', 'mazdoori',
];

export const UNPAID_WAGES_WORDS: readonly string[] = [
    'my boss', 'did not pay', 'didnt pay', "didn't pay", 'unpaid', 'workers rights', 'worker rights', 'unpaid wages', 'not paid',
    'overtime', 'minimum wage', 'wages', 'paycheck', 'no me pagaron', 'no me pago', 'no me pagan', 'mi patron', 'el patron',
    'salario', 'sueldo', 'derechos laborales', 'derechos del trabajador', 'empleador', 'wypłata', 'wyplata', 'pensja',
    'prawa pracownika', 'praw pracowniczych', 'pracodawca', '工资', '工資', '劳工', '勞工', 'راتب', 'أجور', 'حقوق العمال', 'зарплата',
    'зарплату', 'заробіток', 'права працівників', 'права работников', 'salaire', 'salaire impaye', 'droits des travailleurs',
    '월급', '임금', 'karapatan ng manggagawa', 'sahod', 'suweldo', 'sweldo', 'hindi binayaran', 'تنخواہ', 'tankhwah', 'nie zapłacił',
    'nie zaplacil', 'nie zapłacili', 'nie zaplacili', 'szef',
];
