import { answersAr } from '../answers/ar';
import type { Messages } from '../en';
import { freshnessAr } from '../freshness/ar';
import { limitsAr } from '../limits/ar';
import { reportsAr } from '../reports/ar';
import { namesAr } from '../names/ar';
import { privacyAr } from '../privacy/ar';
import { sourcePhrasesAr } from '../phrases/ar';

const pluralRules = new Intl.PluralRules('ar');

/** "لا توجد خدمات", "خدمة واحدة", "خدمتان", "3 خدمات", "11 خدمة", "100 خدمة": Arabic plural forms of "service". */
function services(count: number): string {
  switch (pluralRules.select(count)) {
    case 'zero':
      return 'لا توجد خدمات';
    case 'one':
      return 'خدمة واحدة';
    case 'two':
      return 'خدمتان';
    case 'few':
      return `${count} خدمات`;
    default:
      return `${count} خدمة`;
  }
}

/** Arabic (ar): the interface catalog in simple Modern Standard Arabic, translated from en.ts. */
const catalog: Messages = {
  appTitle: 'Chicago Help Map',
  appTagline:
    'مساعدة قانونية مجانية، ومأوى، وطعام، ورعاية صحية، وخدمات أخرى في شيكاغو. بحثك خاص: لا يخرج أي شيء تبحث عنه من هذا الجهاز.',
  skipToResults: 'انتقل إلى النتائج',
  skipToMap: 'انتقل إلى الخريطة',
  languageSwitcher: 'اللغة',
  searchLabel: 'ابحث عن مساعدة',
  searchPlaceholder: 'مثلًا: محامٍ، بنك طعام، مأوى، Pilsen',
  searchButton: 'ابحث',
  clearSearch: 'مسح',
  showList: 'قائمة',
  showMap: 'خريطة',
  viewSwitchLabel: 'اعرض النتائج على شكل',
  resultCount: (count: number, query: string) =>
    query === ''
      ? services(count)
      : `${services(count)} ${pluralRules.select(count) === 'two' ? 'تطابقان' : 'تطابق'} «${query}»`,
  noHitsTitle: (query: string) => `لا توجد نتائج تطابق «${query}».`,
  noHitsFiltered: 'لا توجد خدمة تناسب كل هذه الفلاتر.',
  noHitsAdvice: 'تأكّد من الإملاء، أو استخدم كلمات أقل أو أقصر، أو جرّب واحدة من هذه:',
  noHitsHotlines: 'يمكنك أيضًا الاتصال بأحد هذه الخطوط الهاتفية:',
  resultsHeading: 'النتائج',
  showMore: (more: number, total: number) => `اعرض المزيد: ${more} (من أصل ${total.toLocaleString('ar')})`,
  filters: {
    label: 'الفلاتر',
    categories: 'نوع المساعدة',
    services: 'نوع الخدمة',
    needs: 'ما تحتاجه',
    openNow: 'مفتوح الآن',
    language: 'اللغة',
    anyLanguage: 'أي لغة',
    languageSearch: 'ابحث عن لغة',
    noLanguageMatch: 'لا توجد لغة بهذا الاسم في هذه النتائج.',
    openAt: 'مفتوح في',
    anyTime: 'أي وقت',
    day: 'اليوم',
    time: 'الساعة',
    sort: 'الترتيب',
    sortNames: { relevance: 'الأنسب أولًا', distance: 'الأقرب أولًا', name: 'الاسم (أبجديًا)' },
    clear: 'مسح الفلاتر',
    count: (label: string, count: number) => `${label} (${count})`,
  },
  place: {
    label: 'بالقرب من',
    placeholder: 'الرمز البريدي (ZIP)، أو الحي، أو تقاطع شارعين',
    example: 'مثلًا: 60608، Pilsen، 26th و Kedzie، 2600 S Kedzie.',
    set: 'اذهب',
    useMyLocation: 'استخدم موقعي',
    locating: 'جارٍ تحديد موقعك…',
    clear: 'امسح المكان',
    privacy: 'يتم الحساب على هذا الجهاز. لا يُرسَل موقعك إلى أي مكان أبدًا.',
    finding: 'جارٍ البحث عن المكان…',
    near: (label: string) => `المسافات من ${label}`,
    myLocation: 'موقعك (تقريبي)',
    radius: 'في حدود',
    anyDistance: 'أي مسافة',
    units: 'وحدة المسافة',
    unitNames: { mi: 'ميل', km: 'كيلومتر' },
    away: (distance: string) => `على بُعد ${distance}`,
    problems: {
      'not-found': (text: string) =>
        `لم نجد «${text}». جرّب رمزًا بريديًا (ZIP) في شيكاغو، أو اسم حي، أو شارعين يتقاطعان مثل «26th و Kedzie».`,
      'outside-chicago': 'هذا المكان خارج شيكاغو. هذا الدليل يغطي مدينة شيكاغو: جرّب رمزًا بريديًا أو حيًّا في شيكاغو.',
      'unknown-street': (text: string) =>
        `الشارع «${text}» ليس في قائمة الشوارع في هذا التطبيق. جرّب شارعًا رئيسيًا قريبًا، أو رمزًا بريديًا، أو حيًّا.`,
      'ambiguous-direction':
        'هذا الشارع يمتد على جانبي المدينة: أضف N أو S أو E أو W (شمال، جنوب، شرق، غرب)، مثلًا «2600 S Kedzie».',
      'not-crossing': 'هذان الشارعان متوازيان ولا يتقاطعان. جرّب شارعين يتقاطعان.',
    },
    unavailable: 'تعذّر البحث عن المكان الآن. القائمة ما زالت تعمل؛ حاول مرة أخرى لاحقًا.',
    geolocation: {
      denied: 'تم رفض الإذن بالوصول إلى موقعك. اكتب بدلًا من ذلك رمزًا بريديًا أو حيًّا أو تقاطع شارعين.',
      timeout: 'لم نتمكن من معرفة موقعك في الوقت المحدد. اكتب بدلًا من ذلك رمزًا بريديًا أو حيًّا أو تقاطع شارعين.',
      unavailable: 'موقعك غير متاح. اكتب بدلًا من ذلك رمزًا بريديًا أو حيًّا أو تقاطع شارعين.',
      unsupported: 'هذا المتصفح لا يستطيع مشاركة الموقع. اكتب بدلًا من ذلك رمزًا بريديًا أو حيًّا أو تقاطع شارعين.',
      outside: 'يبدو أن موقعك خارج شيكاغو. اكتب بدلًا من ذلك رمزًا بريديًا أو حيًّا أو تقاطع شارعين في شيكاغو.',
    },
  },
  openState: {
    open: (closes: string) => `مفتوح الآن · يغلق الساعة ${closes}`,
    closed: 'مغلق الآن',
    openAt: (closes: string) => `مفتوح في ذلك الوقت · يغلق الساعة ${closes}`,
    closedAt: 'مغلق في ذلك الوقت',
  },
  relaxations: {
    heading: 'جرّب بدون أحد الفلاتر:',
    remove: (filter: string, count: number) => `احذف «${filter}»: ${services(count)}`,
    facetNames: {
      categories: 'نوع المساعدة',
      services: 'نوع الخدمة',
      languages: 'اللغة',
      open: 'ساعات العمل',
      features: 'ما تحتاجه',
      within: 'المسافة',
    },
  },
  phoneOnly: 'بالهاتف فقط',
  ...namesAr,
  trustFlagNames: {
    attorneys: 'يوجد محامون في الفريق',
    'doj-recognized': 'منظمة معترف بها من وزارة العدل (DOJ)',
    'accredited-representatives': 'ممثلون معتمدون من وزارة العدل (DOJ)',
  },
  featureNames: {
    free: 'مجاني',
    'walk-in': 'بدون موعد، تعال مباشرة',
    'no-id-required': 'لا يلزم إثبات هوية',
    'no-status-questions': 'لا يسأل عن وضع الهجرة',
    'wheelchair-accessible': 'مناسب للكراسي المتحركة',
  },
  statusNames: {
    active: 'يعمل',
    'temporarily-closed': 'مغلق مؤقتًا',
    inactive: 'توقف عن العمل',
  },
  freshness: freshnessAr,
  limits: limitsAr,
  reports: reportsAr,
  answers: answersAr,
  phoneKinds: { voice: 'اتصال', text: 'رسالة نصية', tty: 'هاتف نصي (TTY)', fax: 'فاكس' },
  extension: (extension: string) => `تحويلة ${extension}`,
  inEnglish: '(بالإنجليزية)',
  sourcePhrases: sourcePhrasesAr,
  midnight: (time: string) => `${time} (منتصف الليل)`,
  hours: {
    allDay: 'مفتوح على مدار 24 ساعة',
    /** weeks: 1 to 5 for the 1st to 5th week of the month, -1 for the last; days: "الأربعاء" or "الاثنين–الجمعة". */
    weeksOfMonth: (weeks: readonly number[], days: string) => {
      // The ordinals follow the day and agree with it: "الأربعاء الثاني", but "الجمعة الثانية".
      const feminine = /^(ال)?جمعة$/.test(days.trim());
      const ordinals = feminine
        ? ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة']
        : ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'];
      const last = feminine ? 'الأخيرة' : 'الأخير';
      const names = weeks.map((week) => (week === -1 ? last : (ordinals[week] ?? `${week}`)));
      return `${days} ${new Intl.ListFormat('ar', { type: 'conjunction' }).format(names)} من كل شهر`;
    },
  },
  details: {
    back: 'العودة إلى النتائج',
    englishName: 'الاسم بالإنجليزية',
    notFoundTitle: 'لم نجد هذا السجل',
    notFoundBody: 'لا يوجد سجل بهذا الرابط. ربما حُذف، أو ربما الرابط غير كامل.',
    organization: 'المنظمة',
    alsoKnownAs: 'يُعرف أيضًا باسم',
    services: 'الخدمات',
    address: 'العنوان',
    communityArea: 'المنطقة',
    phones: 'الهاتف',
    website: 'الموقع الإلكتروني',
    email: 'البريد الإلكتروني',
    hours: 'ساعات العمل',
    hoursUnknown: 'ساعات العمل غير مذكورة: اتصل للتأكد.',
    languages: 'اللغات',
    languagesUnknown: 'اللغات غير مذكورة: اتصل للتأكد.',
    eligibility: 'من يمكنه الحصول على المساعدة',
    fees: 'التكلفة',
    requiredDocuments: 'ماذا تحضر معك',
    accessibility: 'تسهيلات لذوي الإعاقة',
    transit: 'كيف تصل',
    trust: 'المؤهلات',
    features: 'معلومات مفيدة',
    status: 'الحالة',
    directions: 'الاتجاهات',
    directionsBy: { walking: 'الطريق مشيًا', transit: 'الطريق بالمواصلات العامة' },
    mapApp: 'تطبيق الخرائط',
    mapAppNames: { google: 'Google Maps', apple: 'Apple Maps', osm: 'OpenStreetMap (مشيًا فقط)' },
    directionsPrivacy: 'الرابط يحمل هذا العنوان فقط، وليس مكان وجودك.',
    noPhones: 'لا يوجد رقم هاتف مذكور.',
    sources: 'من أين جاءت هذه المعلومات',
    sourceSupports: 'يؤكد',
    verified: 'آخر تحقق',
    noAddress: 'لا يوجد عنوان عام: تواصل مع هذه الخدمة بالهاتف.',
    fieldNames: {
      name: 'الاسم',
      organization: 'المنظمة',
      description: 'الوصف',
      categories: 'الفئات',
      services: 'الخدمات',
      eligibility: 'الشروط',
      fees: 'التكلفة',
      requiredDocuments: 'الوثائق',
      languages: 'اللغات',
      status: 'الحالة',
      alert: 'تنبيه',
      phones: 'أرقام الهاتف',
      email: 'البريد الإلكتروني',
      website: 'الموقع الإلكتروني',
      location: 'العنوان',
      point: 'الموقع على الخريطة',
      communityArea: 'المنطقة',
      hours: 'ساعات العمل',
      trust: 'المؤهلات',
      features: 'مجاني، بدون موعد، وسهولة الوصول',
    },
  },
  map: {
    label: 'خريطة النتائج',
    tilesFailed: 'تعذّر تحميل صور الخريطة. العلامات والقائمة ما زالت تعمل.',
    noPoints: 'لا يوجد لأي من هذه النتائج موقع على الخريطة.',
    openDetails: 'التفاصيل',
    loading: 'جارٍ تحميل الخريطة…',
    cluster: (count: number) => `${services(count)} هنا: كبّر الخريطة`,
    clusterIn: (count: number, area: string) => `${services(count)} قرب ${area}: كبّر الخريطة`,
    place: (label: string) => `تُقاس المسافات من هنا: ${label}`,
    myLocation: 'موقعك (تقريبي)',
    tilesOff: 'لا تحمّل صور الخريطة',
    basemapNote: 'صور الخريطة متوقفة: تظهر حدود المناطق وشاطئ البحيرة.',
    lake: 'بحيرة ميشيغان',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    closePopup: 'إغلاق',
  },
  print: {
    printResults: 'اطبع هذه النتائج',
    printList: (count: number) => `اطبع قائمتي (${count})`,
    addToList: 'أضف إلى قائمة الطباعة',
    removeFromList: 'احذف من قائمة الطباعة',
    listHeading: 'قائمة الطباعة',
    listHint:
      'أضف الخدمات بزر «أضف إلى قائمة الطباعة»، ثم رتّبها، ثم اطبعها. احفظ الصفحة في المفضلة للاحتفاظ بهذه النشرة.',
    moveUp: (name: string) => `انقل «${name}» إلى الأعلى`,
    moveDown: (name: string) => `انقل «${name}» إلى الأسفل`,
    remove: (name: string) => `احذف «${name}»`,
    clearList: 'امسح القائمة',
    areaDirectory: (area: string) => `اطبع دليل الخدمات في ${area}`,
    back: 'رجوع',
    print: 'اطبع',
    paper: 'الورق',
    paperNames: { letter: 'Letter (المقاس الأمريكي)', a4: 'A4' },
    alongside: 'أيضًا باللغة',
    onlyOneLanguage: 'هذه اللغة فقط',
    titles: {
      results: 'دليل الخدمات',
      list: 'الخدمات المختارة',
      area: (area: string) => `الخدمات في ${area}`,
    },
    searched: (query: string) => `البحث: «${query}»`,
    filtered: (filters: string) => `الفلاتر: ${filters}`,
    near: (place: string) => `بالقرب من: ${place}`,
    within: (distance: string) => `في حدود ${distance}`,
    everything: 'كل الخدمات في الدليل',
    printedOn: (date: string) => `تاريخ الطباعة: ${date}`,
    count: (count: number) => services(count),
    hotlines: 'خطوط هاتفية للمساعدة العاجلة',
    scan: 'امسح الرمز لمعرفة أحدث المعلومات',
    wholeHandout: 'هذه النشرة على الإنترنت',
    tooLongForCode: 'هذه القائمة أطول من أن تتسع في رمز: احفظها في المفضلة بدلًا من ذلك.',
    empty: 'لا يوجد شيء للطباعة: القائمة فارغة.',
    locatorMap: (area: string) => `خريطة ${area} مع الخدمات المرقّمة`,
    lastConfirm: 'المعلومات مأخوذة من مصادر عامة وربما تغيّرت. اتصل قبل الذهاب.',
  },
  safety: {
    quickExit: 'خروج سريع',
    quickExitHint: 'زر «خروج سريع» (أو الضغط على Esc مرتين) يغادر هذا الموقع فورًا وينتقل إلى صفحة للطقس.',
    quickExitLimits:
      'الخروج السريع لا يستطيع مسح سجل التصفح في متصفحك: قد تظل صفحات هذا التطبيق التي فتحتها من قبل مذكورة فيه. النافذة الخاصة أو نافذة التصفح المتخفي لا تترك أي سجل.',
    helpBar: 'مساعدة الآن',
    helpLines: {
      emergency: 'الطوارئ',
      crisis: 'الانتحار والأزمات',
      family: 'دعم عائلات المهاجرين',
      domesticViolence: 'العنف الأسري',
      information: 'طعام، سكن، فواتير',
      shelter: 'مأوى',
    },
    numberMissing: (line: string) => `${line}: لا يوجد رقم في بيانات هذا التطبيق. اتصل بالرقم 211 لتسأل.`,
    notarioTitle: 'احذر من احتيال «notario»',
    more: 'المزيد',
    source: 'المصدر',
    report: 'أبلغ عن مشكلة في هذا السجل',
    reportSubject: (name: string) => `مشكلة في سجل: ${name}`,
    suggest: 'اقترح خدمة',
    suggestSubject: 'خدمة لإضافتها إلى Chicago Help Map',
    suggestFields: {
      name: 'اسم الخدمة',
      address: 'العنوان',
      phone: 'الهاتف',
      website: 'الموقع الإلكتروني',
      languages: 'اللغات المستخدمة',
      help: 'ما المساعدة التي تقدمها، ولمن',
      source: 'صفحة عامة تذكر ذلك (رابط)',
    },
    copy: 'انسخ النص',
    copied: 'تم النسخ.',
    openEmail: 'افتح في البريد الإلكتروني',
    link: 'الرابط',
    rights: 'اعرف حقوقك',
    rightsIntro: 'حقوقك في الولايات المتحدة، مهما كان وضع الهجرة الخاص بك. كل نقطة فيها رابط إلى الصفحة العامة التي أُخذت منها.',
    rightsSections: {
      home: 'في البيت',
      street: 'في الشارع أو في السيارة',
      work: 'في العمل',
      agents: 'إذا جاء عملاء الهجرة',
      lawyer: 'كيف تجد محاميًا حقيقيًا',
      notario: 'احتيال «notario»',
      emergency: 'في حالة الطوارئ',
    },
    rightsNotAdvice:
      'هذه معلومات عامة، وليست استشارة قانونية. بخصوص قضيتك أنت، تحدّث مع محامٍ أو مع ممثل معتمد من وزارة العدل (DOJ): انظر المساعدة القانونية في هذا الدليل.',
    backToDirectory: 'العودة إلى الدليل',
  },
  privacy: privacyAr,
  offline: {
    notice:
      'أنت غير متصل بالإنترنت. الدليل ما زال يعمل بالسجلات المحفوظة على هذا الجهاز؛ صور الخريطة والمواقع الإلكترونية والبريد الإلكتروني تحتاج إلى اتصال.',
    dataAsOf: (date: string) => `المعلومات بتاريخ ${date}`,
    updateReady: 'نسخة أحدث من هذا الدليل، مع سجلات محدّثة، جاهزة الآن.',
    update: 'حدّث الآن',
  },
  error: {
    title: 'حدث خطأ ما',
    body: 'أعد تحميل الصفحة لتحاول مرة أخرى. لم يُرسَل أي شيء كتبته إلى أي مكان.',
    reload: 'إعادة التحميل',
  },
  loadingDirectory: 'جارٍ تحميل الدليل…',
  stillLoading: 'لا يزال التحميل جاريًا. إذا لم يتغير شيء، فتحقق من اتصالك وأعد التحميل. للمساعدة عبر الهاتف، اتصل بالرقم 211.',
  loading: 'جارٍ التحميل…',
  footer: 'المعلومات مأخوذة من مصادر عامة مذكورة في كل سجل. اتصل دائمًا قبل الذهاب للتأكد.',
};

export default catalog;
