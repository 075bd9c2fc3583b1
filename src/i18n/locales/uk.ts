import { answersUk } from '../answers/uk';
import type { Messages } from '../en';
import { freshnessUk } from '../freshness/uk';
import { limitsUk } from '../limits/uk';
import { reportsUk } from '../reports/uk';
import { namesUk } from '../names/uk';
import { privacyUk } from '../privacy/uk';
import { sourcePhrasesUk } from '../phrases/uk';

const pluralRules = new Intl.PluralRules('uk');

/** Picks the form of a noun for a number: one (1, 21), few (2–4, 22) or many (0, 5–20, 25); fractions take "few". */
const plural = (count: number, one: string, few: string, many: string) => {
  const rule = pluralRules.select(count);
  return rule === 'one' ? one : rule === 'many' ? many : few;
};

/** "1 послуга", "3 послуги", "5 послуг". */
const services = (count: number) => `${count} ${plural(count, 'послуга', 'послуги', 'послуг')}`;

/** Ukrainian (uk): the interface in Ukrainian, for Ukrainian families in Chicago. */
const catalog: Messages = {
  appTitle: 'Chicago Help Map',
  appTagline:
    'Безкоштовна юридична допомога, притулок, їжа, медична допомога та інші послуги в Чикаго. Конфіденційно: ніщо з того, що ви шукаєте, не залишає цього пристрою.',
  skipToResults: 'Перейти до результатів',
  skipToMap: 'Перейти до карти',
  languageSwitcher: 'Мова',
  searchLabel: 'Пошук допомоги',
  searchPlaceholder: 'Наприклад: юрист, видача продуктів, притулок, Pilsen',
  searchButton: 'Шукати',
  clearSearch: 'Очистити',
  showList: 'Список',
  showMap: 'Карта',
  viewSwitchLabel: 'Показати результати як',
  resultCount: (count: number, query: string) =>
    query === '' ? services(count) : `${services(count)} за запитом «${query}»`,
  noHitsTitle: (query: string) => `За запитом «${query}» нічого не знайдено.`,
  noHitsFiltered: 'Жодна послуга не підходить під усі ці фільтри.',
  noHitsAdvice: 'Перевірте правопис, введіть менше слів або коротші слова чи спробуйте один із цих варіантів:',
  noHitsHotlines: 'Також можна зателефонувати на одну з цих телефонних ліній:',
  resultsHeading: 'Результати',
  showMore: (more: number, total: number) => `Показати ще ${more} (із ${total.toLocaleString('uk-UA')})`,
  filters: {
    label: 'Фільтри',
    categories: 'Вид допомоги',
    services: 'Тип послуги',
    needs: 'Потреби',
    openNow: 'Відчинено зараз',
    language: 'Мова',
    anyLanguage: 'Будь-яка мова',
    languageSearch: 'Знайти мову',
    noLanguageMatch: 'У цих результатах немає мови з такою назвою.',
    openAt: 'Відчинено в обраний час',
    anyTime: 'Будь-коли',
    day: 'День',
    time: 'Час',
    sort: 'Сортування',
    sortNames: { relevance: 'Найбільш відповідні', distance: 'Спочатку найближчі', name: 'Назва (A–Z)' },
    clear: 'Скинути фільтри',
    count: (label: string, count: number) => `${label} (${count})`,
  },
  place: {
    label: 'Поруч із',
    placeholder: 'ZIP-код, район або перехрестя',
    example: 'Наприклад: 60608, Pilsen, 26th і Kedzie, 2600 S Kedzie.',
    set: 'Знайти',
    useMyLocation: 'Використати моє місцезнаходження',
    locating: 'Визначаємо ваше місцезнаходження…',
    clear: 'Прибрати місце',
    privacy: 'Визначається на цьому пристрої. Ваше місцезнаходження ніколи нікуди не надсилається.',
    finding: 'Шукаємо місце…',
    near: (label: string) => `Відстані від: ${label}`,
    myLocation: 'ваше місцезнаходження (приблизно)',
    radius: 'У межах',
    anyDistance: 'Будь-яка відстань',
    units: 'Відстань у',
    unitNames: { mi: 'милях', km: 'кілометрах' },
    away: (distance: string) => `Відстань: ${distance}`,
    problems: {
      'not-found': (text: string) =>
        `«${text}» не знайдено. Спробуйте ZIP-код у Чикаго, назву району або дві вулиці, що перетинаються, наприклад «26th і Kedzie».`,
      'outside-chicago': 'Це місце поза межами Чикаго. Цей довідник охоплює Чикаго: спробуйте ZIP-код або район у Чикаго.',
      'unknown-street': (text: string) =>
        `Вулиці «${text}» немає у списку вулиць цього застосунку. Спробуйте головну вулицю поблизу, ZIP-код або район.`,
      'ambiguous-direction':
        'Ця вулиця проходить по обидва боки міста: додайте N, S, E або W (північ, південь, схід, захід), наприклад «2600 S Kedzie».',
      'not-crossing': 'Ці дві вулиці паралельні й не перетинаються. Спробуйте дві вулиці, що перетинаються.',
    },
    unavailable: 'Зараз не вдалося знайти це місце. Список і далі працює; спробуйте пізніше.',
    geolocation: {
      denied: 'Доступ до місцезнаходження заборонено. Натомість введіть ZIP-код, район або перехрестя.',
      timeout: 'Не вдалося вчасно знайти ваше місцезнаходження. Натомість введіть ZIP-код, район або перехрестя.',
      unavailable: 'Ваше місцезнаходження недоступне. Натомість введіть ZIP-код, район або перехрестя.',
      unsupported: 'Цей браузер не може передати місцезнаходження. Натомість введіть ZIP-код, район або перехрестя.',
      outside: 'Схоже, ваше місцезнаходження поза межами Чикаго. Натомість введіть ZIP-код, район або перехрестя в Чикаго.',
    },
  },
  openState: {
    open: (closes: string) => `Відчинено зараз · зачиняється о ${closes}`,
    closed: 'Зараз зачинено',
    openAt: (closes: string) => `Відчинено в цей час · зачиняється о ${closes}`,
    closedAt: 'У цей час зачинено',
  },
  relaxations: {
    heading: 'Спробуйте без одного фільтра:',
    remove: (filter: string, count: number) => `Прибрати «${filter}»: ${services(count)}`,
    facetNames: {
      categories: 'вид допомоги',
      services: 'тип послуги',
      languages: 'мова',
      open: 'години роботи',
      features: 'потреби',
      within: 'відстань',
    },
  },
  phoneOnly: 'Лише телефоном',
  ...namesUk,
  trustFlagNames: {
    attorneys: 'У штаті є адвокати',
    'doj-recognized': 'Організація, визнана Міністерством юстиції США (DOJ)',
    'accredited-representatives': 'Представники, акредитовані Міністерством юстиції США (DOJ)',
  },
  featureNames: {
    free: 'Безкоштовно',
    'walk-in': 'Можна прийти без запису',
    'no-id-required': 'Посвідчення особи не потрібне',
    'no-status-questions': 'Не питають про імміграційний статус',
    'wheelchair-accessible': 'Доступно для людей на кріслах колісних',
  },
  statusNames: {
    active: 'Працює',
    'temporarily-closed': 'Тимчасово зачинено',
    inactive: 'Більше не працює',
  },
  freshness: freshnessUk,
  limits: limitsUk,
  reports: reportsUk,
  answers: answersUk,
  phoneKinds: { voice: 'Дзвінок', text: 'SMS', tty: 'TTY', fax: 'Факс' },
  extension: (extension: string) => `дод. ${extension}`,
  inEnglish: '(англійською)',
  sourcePhrases: sourcePhrasesUk,
  midnight: (time: string) => `${time} (опівніч)`,
  hours: {
    allDay: 'цілодобово',
    /** weeks: 1 to 5 for the 1st to 5th week of the month, -1 for the last; days: "ср" or "пн–пт". */
    weeksOfMonth: (weeks: readonly number[], days: string) => {
      // The ordinals agree with the first day: "другий вівторок", but "друга середа, п’ятниця, субота, неділя".
      const feminine = /^(ср|пт|сб|нд|серед|п\S?ятниц|субот|неділ)/i.test(days);
      const ordinals = feminine
        ? ['', 'перша', 'друга', 'третя', 'четверта', 'п’ята']
        : ['', 'перший', 'другий', 'третій', 'четвертий', 'п’ятий'];
      const last = feminine ? 'остання' : 'останній';
      const names = weeks.map((week) => (week === -1 ? last : (ordinals[week] ?? `${week}-${feminine ? 'та' : 'й'}`)));
      return `${new Intl.ListFormat('uk', { type: 'conjunction' }).format(names)} ${days} місяця`;
    },
  },
  details: {
    back: 'Назад до результатів',
    englishName: 'Назва англійською',
    notFoundTitle: 'Запис не знайдено',
    notFoundBody: 'За цим посиланням немає запису. Можливо, його видалили або посилання неповне.',
    organization: 'Організація',
    alsoKnownAs: 'Також відома як',
    services: 'Послуги',
    address: 'Адреса',
    communityArea: 'Район',
    phones: 'Телефон',
    website: 'Вебсайт',
    email: 'Електронна пошта',
    hours: 'Години роботи',
    hoursUnknown: 'Години роботи не вказано: зателефонуйте, щоб уточнити.',
    languages: 'Мови',
    languagesUnknown: 'Мови не вказано: зателефонуйте, щоб уточнити.',
    eligibility: 'Хто може отримати допомогу',
    fees: 'Вартість',
    requiredDocuments: 'Що взяти з собою',
    accessibility: 'Доступність',
    transit: 'Як дістатися',
    trust: 'Кваліфікація',
    features: 'Варто знати',
    status: 'Статус',
    directions: 'Маршрут',
    directionsBy: { walking: 'Маршрут пішки', transit: 'Маршрут громадським транспортом' },
    mapApp: 'Застосунок карт',
    mapAppNames: { google: 'Google Maps', apple: 'Apple Maps', osm: 'OpenStreetMap (лише пішки)' },
    directionsPrivacy: 'Посилання містить лише цю адресу, а не ваше місцезнаходження.',
    noPhones: 'Номер телефону не вказано.',
    sources: 'Звідки ця інформація',
    sourceSupports: 'Підтверджує',
    verified: 'Востаннє перевірено',
    noAddress: 'Немає публічної адреси: щодо цієї послуги звертайтеся телефоном.',
    fieldNames: {
      name: 'назва',
      organization: 'організація',
      description: 'опис',
      categories: 'категорії',
      services: 'послуги',
      eligibility: 'хто може отримати допомогу',
      fees: 'вартість',
      requiredDocuments: 'документи',
      languages: 'мови',
      status: 'статус',
      alert: 'попередження',
      phones: 'телефони',
      email: 'електронна пошта',
      website: 'вебсайт',
      location: 'адреса',
      point: 'місце на карті',
      communityArea: 'район',
      hours: 'години роботи',
      trust: 'кваліфікація',
      features: 'безкоштовність, прийом без запису і доступність',
    },
  },
  map: {
    label: 'Карта результатів',
    tilesFailed: 'Не вдалося завантажити зображення карти. Позначки і список і далі працюють.',
    noPoints: 'Жоден із цих результатів не має місця на карті.',
    openDetails: 'Докладніше',
    loading: 'Завантажуємо карту…',
    cluster: (count: number) => `Тут ${services(count)}: збільште карту`,
    clusterIn: (count: number, area: string) => `${services(count)} поблизу ${area}: збільште карту`,
    place: (label: string) => `Відстань рахуємо звідси: ${label}`,
    myLocation: 'Ваше місцезнаходження (приблизно)',
    tilesOff: 'Не завантажувати зображення карти',
    basemapNote: 'Зображення карти вимкнено: показано межі районів і берег озера.',
    lake: 'Озеро Мічиган',
    zoomIn: 'Збільшити',
    zoomOut: 'Зменшити',
    closePopup: 'Закрити',
  },
  print: {
    printResults: 'Надрукувати ці результати',
    printList: (count: number) => `Надрукувати мій список (${count})`,
    addToList: 'Додати до списку для друку',
    removeFromList: 'Прибрати зі списку для друку',
    listHeading: 'Список для друку',
    listHint:
      'Додайте послуги кнопкою «Додати до списку для друку», розставте їх у потрібному порядку, а потім надрукуйте. Додайте сторінку в закладки, щоб зберегти цю добірку.',
    moveUp: (name: string) => `Перемістити «${name}» вище`,
    moveDown: (name: string) => `Перемістити «${name}» нижче`,
    remove: (name: string) => `Прибрати «${name}»`,
    clearList: 'Очистити список',
    areaDirectory: (area: string) => `Надрукувати довідник: ${area}`,
    back: 'Назад',
    print: 'Надрукувати',
    paper: 'Папір',
    paperNames: { letter: 'Letter (США)', a4: 'A4' },
    alongside: 'Також мовою',
    onlyOneLanguage: 'Лише ця мова',
    titles: {
      results: 'Довідник послуг',
      list: 'Вибрані послуги',
      area: (area: string) => `Послуги: ${area}`,
    },
    searched: (query: string) => `Пошук: «${query}»`,
    filtered: (filters: string) => `Фільтри: ${filters}`,
    near: (place: string) => `Поруч із: ${place}`,
    within: (distance: string) => `у межах ${distance}`,
    everything: 'Усі послуги з довідника',
    printedOn: (date: string) => `Надруковано ${date}`,
    count: (count: number) => services(count),
    hotlines: 'Телефонні лінії для термінової допомоги',
    scan: 'Відскануйте, щоб побачити найновішу інформацію',
    wholeHandout: 'Ця добірка онлайн',
    tooLongForCode: 'Цей список задовгий для коду: натомість додайте його в закладки.',
    empty: 'Нічого друкувати: список порожній.',
    locatorMap: (area: string) => `Карта: ${area}, з пронумерованими послугами`,
    lastConfirm: 'Інформація взята з публічних джерел і могла змінитися. Зателефонуйте, перш ніж іти.',
  },
  safety: {
    quickExit: 'Швидкий вихід',
    quickExitHint: 'Швидкий вихід (або подвійне натискання Esc) одразу переводить із цього сайту на сторінку з прогнозом погоди.',
    quickExitLimits:
      'Швидкий вихід не може стерти історію вашого браузера: сторінки цього застосунку, які ви відкривали раніше, можуть і далі там бути. Приватне вікно або вікно в режимі інкогніто не залишає історії.',
    helpBar: 'Допомога зараз',
    helpLines: {
      emergency: 'Екстрена допомога',
      crisis: 'Суїцид і криза',
      family: 'Підтримка сімей іммігрантів',
      domesticViolence: 'Домашнє насильство',
      information: 'Їжа, житло, рахунки',
      shelter: 'Притулок',
    },
    numberMissing: (line: string) =>
      `${line}: у даних цього застосунку немає номера. Зателефонуйте на 211, щоб запитати.`,
    notarioTitle: 'Остерігайтеся шахрайства «notario»',
    more: 'Більше',
    source: 'Джерело',
    report: 'Повідомити про проблему з цим записом',
    reportSubject: (name: string) => `Проблема із записом: ${name}`,
    suggest: 'Запропонувати послугу',
    suggestSubject: 'Послуга, яку варто додати до Chicago Help Map',
    suggestFields: {
      name: 'Назва послуги',
      address: 'Адреса',
      phone: 'Телефон',
      website: 'Вебсайт',
      languages: 'Мови, якими там говорять',
      help: 'Яку допомогу надає і кому',
      source: 'Публічна сторінка, де про це сказано (посилання)',
    },
    copy: 'Скопіювати текст',
    copied: 'Скопійовано.',
    openEmail: 'Відкрити в електронній пошті',
    link: 'Посилання',
    rights: 'Знайте свої права',
    rightsIntro:
      'Ваші права в Сполучених Штатах, незалежно від вашого імміграційного статусу. Кожен пункт має посилання на публічну сторінку, звідки його взято.',
    rightsSections: {
      home: 'Удома',
      street: 'На вулиці або в автомобілі',
      work: 'На роботі',
      agents: 'Якщо прийдуть імміграційні агенти',
      lawyer: 'Як знайти справжнього адвоката',
      notario: 'Шахрайство «notario»',
      emergency: 'У надзвичайній ситуації',
    },
    rightsNotAdvice:
      'Це загальна інформація, а не юридична консультація. Щодо вашої власної справи зверніться до адвоката або до представника, акредитованого Міністерством юстиції США (DOJ): див. юридичну допомогу в цьому довіднику.',
    backToDirectory: 'Назад до довідника',
  },
  privacy: privacyUk,
  offline: {
    notice:
      'Ви зараз без інтернету. Довідник і далі працює із записами, збереженими на цьому пристрої; для зображень карти, вебсайтів і електронної пошти потрібен інтернет.',
    dataAsOf: (date: string) => `Дані станом на ${date}`,
    updateReady: 'Готова новіша версія цього довідника з оновленими записами.',
    update: 'Оновити зараз',
  },
  error: {
    title: 'Щось пішло не так',
    body: 'Перезавантажте сторінку, щоб спробувати ще раз. Нічого з того, що ви ввели, нікуди не надіслано.',
    reload: 'Перезавантажити',
  },
  loadingDirectory: 'Завантаження довідника…',
  stillLoading: 'Ще завантажується. Якщо нічого не змінюється, перевірте з’єднання й перезавантажте сторінку. Щоб отримати допомогу телефоном, дзвоніть на 211.',
  loading: 'Завантаження…',
  footer: 'Інформація взята з публічних джерел, указаних у кожному записі. Завжди телефонуйте заздалегідь, щоб уточнити.',
};

export default catalog;
