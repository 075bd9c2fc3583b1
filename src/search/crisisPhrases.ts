/**
 * Words of a crisis in the ten interface languages, as people type them: a medical emergency, thoughts of
 * suicide, a raid or a detention, violence at home. Each phrase is matched as whole words after folding
 * (case, accents, Polish ł, Arabic and Urdu letter variants, apostrophes), or anywhere in the text for
 * Chinese and Korean. A word ending in "*" also matches its other endings ("zatrzymał*": zatrzymali,
 * zatrzymało), for Polish and Ukrainian, which inflect verbs and nouns.
 *
 * Ordinary needs stay out on purpose: "emergency shelter", "emergency food", "deportation defense" ask for a
 * service; only the words of danger itself are here. Bare words that are as often ordinary are written
 * with what makes them a crisis ("ice at my", "mnie bije"), or cancelled by ORDINARY_PHRASES below.
 */

export const EMERGENCY_PHRASES: readonly string[] = [
  'medical emergency', 'heart attack', "can't breathe", 'cant breathe', 'cannot breathe', "can't breath", 'cant breath',
  'not breathing', "isn't breathing", 'isnt breathing', 'stopped breathing', 'trouble breathing', 'choking', 'overdos*',
  'bleeding', 'unconscious', 'unresponsive', 'passed out', "won't wake up", 'wont wake up', 'having a stroke', 'had a stroke',
  'having a seizure', 'chest pain', 'been shot', 'got shot', 'was shot', 'gunshot', 'stabbed', 'poisoned', 'ambulance', 'call 911', 'dial 911',
  // es
  'emergencia medica', 'ataque al corazon', 'ataque cardiaco', 'infarto', 'no puedo respirar', 'no puede respirar', 'no pueden respirar',
  'no respira', 'no esta respirando', 'dejo de respirar', 'se esta ahogando', 'se ahoga', 'sobredosis', 'sangrando', 'desangra*',
  'inconsciente', 'se desmayo', 'desmayad*', 'no despierta', 'convulsion*', 'derrame cerebral', 'dolor de pecho', 'dolor en el pecho',
  'le dispararon', 'me dispararon', 'balacead*', 'apunalad*', 'envenenad*', 'ambulancia', 'llama al 911', 'llamar al 911',
  // pl
  'zawał*', 'atak serca', 'zatrzymanie krążenia', 'zatrzymanie akcji serca', 'nie mogę oddychać', 'nie może oddychać', 'nie oddycha',
  'przestał* oddychać', 'dusi się', 'duszę się', 'przedawkowa*', 'krwawi', 'krwotok*', 'nieprzytomn*', 'zemdlał*', 'stracił* przytomność',
  'udar', 'wylew', 'drgawki', 'atak padaczki', 'karetk*', 'pogotowie ratunkowe', 'ból w klatce', 'postrzelon*',
  // uk (and a little Russian)
  'серцевий напад', 'інфаркт', 'не можу дихати', 'не може дихати', 'не дихає', 'перестав дихати', 'перестала дихати', 'задихає*',
  'задихаюся', 'передозув*', 'кровотеч*', 'втратив свідомість', 'втратила свідомість', 'непритомн*', 'знепритомн*', 'інсульт', 'судоми',
  'швидка допомога', 'швидку допомогу', 'викликати швидку', 'викличте швидку', 'біль у грудях',
  'сердечный приступ', 'не могу дышать', 'не дышит', 'передозировк*', 'кровотечени*', 'без сознания', 'скорая помощь', 'скорую',
  // zh
  '心脏病发', '心臟病發', '心梗', '心肌梗塞', '喘不过气', '喘不過氣', '呼吸困难', '呼吸困難', '不能呼吸', '无法呼吸', '無法呼吸', '没有呼吸',
  '沒有呼吸', '没呼吸', '停止呼吸', '吸毒过量', '服药过量', '药物过量', '大出血', '流血不止', '血流不止', '昏迷', '昏倒', '晕倒', '暈倒',
  '不省人事', '中风了', '抽搐', '救护车', '救護車', '打911', '胸口痛', '胸痛',
  // ar
  'نوبة قلبية', 'ازمة قلبية', 'سكتة قلبية', 'سكتة دماغية', 'جلطة', 'لا أستطيع التنفس', 'لا يستطيع التنفس', 'لا تستطيع التنفس',
  'ما بقدر اتنفس', 'مش قادر اتنفس', 'مش قادرة اتنفس', 'لا يتنفس', 'لا تتنفس', 'صعوبة في التنفس', 'جرعة زائدة', 'نزيف', 'ينزف', 'تنزف',
  'فاقد الوعي', 'فاقدة الوعي', 'أغمي عليه', 'أغمي عليها', 'مغمى عليه', 'تشنجات', 'إسعاف', 'الإسعاف', 'ألم في الصدر', 'طلق ناري',
  // ur (Urdu script and Roman Urdu)
  'دل کا دورہ', 'ہارٹ اٹیک', 'سانس نہیں', 'سانس لینے میں', 'سانس رک*', 'زیادہ خوراک', 'اوور ڈوز', 'اوورڈوز', 'خون بہ رہا', 'خون بند نہیں',
  'بے ہوش', 'بےہوش', 'بیہوش', 'ایمبولینس', 'مرگی کا دورہ', 'سینے میں درد',
  'dil ka dora', 'dil ka daura', 'saans nahi', 'saans nahin', 'sans nahi', 'saans ruk*', 'behosh', 'be hosh', 'khoon beh raha', 'khoon bah raha',
  // ko (also matched without the spaces)
  '심장마비', '심장 마비', '심근경색', '숨을 쉴 수 없', '숨을 못', '숨 못', '숨이 안', '숨을 안', '숨을 쉬지', '숨 쉬기 힘들', '숨쉬기가 힘들',
  '호흡곤란', '호흡 곤란', '약물 과다', '과다복용', '과다 복용', '출혈', '피가 멈추지', '피가 많이', '피를 많이', '의식이 없', '의식을 잃',
  '기절', '쓰러졌', '발작', '뇌졸중', '구급차', '앰뷸런스', '가슴 통증',
  // tl (with Taglish)
  'atake sa puso', 'inatake sa puso', 'inaatake sa puso', 'hindi makahinga', 'di makahinga', 'hirap huminga', 'hirap makahinga',
  'hindi humihinga', 'di humihinga', 'nagdurugo', 'dumudugo', 'duguan', 'nawalan ng malay', 'walang malay', 'nahimatay', 'hinimatay',
  'nangingisay', 'na-stroke', 'nastroke', 'ambulansya', 'tumawag sa 911',
  // fr
  'urgence medicale', 'crise cardiaque', 'arret cardiaque', 'infarctus', 'peux pas respirer', 'peut pas respirer', 'peux plus respirer',
  'peut plus respirer', 'respire plus', 'ne respire pas', "n'arrive pas a respirer", "n'arrive plus a respirer", "s'etouffe", 'surdose',
  'hemorragie', 'saigne', 'inconscient*', 'evanoui*', 'convulsions', 'avc', 'douleur a la poitrine', 'douleur thoracique',
  'appeler le 911', 'appelle le 911', 'poignarde*', 'blesse par balle',
];

export const CRISIS_PHRASES: readonly string[] = [
  // "suicid*" is the word in English, Spanish, French and Tagalog (and Taglish "mag-suicide")
  'suicid*', 'kill myself', 'killing myself', 'kill my self', 'end my life', 'ending my life', 'end it all', 'take my life', 'take my own life',
  'want to die', 'wanna die', 'wish i was dead', 'wish i were dead', 'better off dead', "don't want to live", 'dont want to live',
  'no reason to live', 'hurt myself', 'hurting myself', 'harm myself', 'cut myself', 'cutting myself', 'self harm', 'self-harm', 'selfharm',
  // es
  'quiero matarme', 'me quiero matar', 'voy a matarme', 'me voy a matar', 'ganas de matarme', 'pienso en matarme', 'quitarme la vida', 'quitar la vida', 'quitarme mi vida',
  'quiero morir*', 'ganas de morir', 'no quiero vivir', 'no quiero seguir viviendo', 'acabar con mi vida', 'terminar con mi vida',
  'hacerme dano', 'cortarme las venas', 'autolesion*',
  // pl
  'samobój*', 'zabić się', 'zabiję się', 'się zabić', 'się zabiję', 'chcę umrzeć', 'umrzeć', 'nie chcę żyć', 'nie chce mi się żyć',
  'odebrać sobie życie', 'skończyć ze sobą', 'skończę ze sobą', 'targnąć się na życie', 'samookalecz*', 'tnę się',
  // uk (and a little Russian)
  'самогубств*', 'суїцид*', 'суицид*', 'самоубийств*', 'вбити себе', 'убити себе', "вб'ю себе", 'вбю себе', 'покінчити з собою',
  'покінчу з собою', 'покінчити життя', 'хочу померти', 'хочу вмерти', 'хочеться померти', 'померти', 'вмерти', 'не хочу жити',
  'не хочу більше жити', 'накласти на себе руки', 'самоушкодж*', 'хочу умереть', 'покончить с собой', 'не хочу жить', 'убить себя',
  // zh
  '自杀', '自殺', '想死', '不想活', '活不下去', '轻生', '輕生', '寻死', '尋死', '结束生命', '結束生命', '结束自己的生命', '結束自己的生命',
  '自残', '自殘', '割腕', '伤害自己', '傷害自己',
  // ar (and Arabizi)
  'انتحار', 'الانتحار', 'انتحر', 'سأنتحر', 'أريد أن أموت', 'أريد الموت', 'ابغى اموت', 'ابي اموت', 'بدي موت', 'بدي اموت', 'عايز اموت',
  'عايزة اموت', 'نفسي اموت', 'اقتل نفسي', 'قتل نفسي', 'أنهي حياتي', 'إنهاء حياتي', 'لا أريد أن أعيش', 'لا أريد العيش', 'ما بدي عيش',
  'أؤذي نفسي', 'إيذاء نفسي', 'ente7ar', 'enti7ar', 'intihar',
  // ur (Urdu script, Roman Urdu and Hindi)
  'خودکشی', 'خود کشی', 'مرنا چاہتا', 'مرنا چاہتی', 'مرنا چاہتے', 'مر جانا چاہتا', 'مر جانا چاہتی', 'جینا نہیں چاہتا', 'جینا نہیں چاہتی',
  'اپنی جان لے*', 'خود کو مار*', 'اپنے آپ کو مار*', 'خود کو نقصان',
  'khudkushi', 'khud kushi', 'khudkashi', 'khudkhushi', 'marna chahta', 'marna chahti', 'marna chahte', 'mar jana chahta', 'mar jana chahti',
  'mujhe marna', 'jeena nahi chahta', 'jeena nahi chahti', 'jina nahi chahta', 'jeena nahin chahta', 'apni jaan le*', 'apni jan le*',
  'khud ko maar*', 'khud ko mar*', 'aatmahatya', 'atmahatya',
  // ko
  '자살', '죽고 싶', '살고 싶지 않', '살기 싫', '자해', '목숨을 끊', '스스로 목숨', '극단적 선택', '죽어버리고 싶', '죽어 버리고 싶', '사라지고 싶',
  // tl
  'magpakamatay', 'magpapakamatay', 'nagpakamatay', 'nagpapakamatay', 'pagpapakamatay', 'gusto ko nang mamatay', 'gusto ko ng mamatay',
  'gusto ko na mamatay', 'gusto kong mamatay', 'gusto ko mamatay', 'gusto ko na lang mamatay', 'gusto ko nalang mamatay', 'mamatay na lang',
  'mamatay nalang', 'ayoko nang mabuhay', 'ayoko ng mabuhay', 'ayoko na mabuhay', 'ayaw ko nang mabuhay', 'patayin ang sarili',
  'patayin ko ang sarili', 'papatayin ko ang sarili', 'papatayin ko sarili', 'saktan ang sarili', 'sinasaktan ko ang sarili', 'saktan ko ang sarili',
  // fr
  'me suicider', 'veux me tuer', 'vais me tuer', 'envie de me tuer', 'envie de mourir', 'veux mourir', 'voudrais mourir', 'veux en finir',
  'en finir avec la vie', 'mettre fin a mes jours', 'mettre fin a ma vie', 'me faire du mal', 'plus envie de vivre', 'pas envie de vivre',
  'automutil*',
];

export const FAMILY_PHRASES: readonly string[] = [
  'ice raid*', 'raid', 'raids', 'raided', 'la migra', 'ice is at', 'ice at my', 'ice at the', 'ice is here', 'ice is outside', 'ice outside',
  'ice is knocking', 'ice knocking', 'ice came', 'ice took', 'ice arrested', 'ice detained', 'ice picked up', 'ice got', 'ice has my',
  'ice agents', 'ice officers', 'ice custody', 'ice detention', 'ice checkpoint', 'taken by ice', 'arrested by ice', 'detained by ice',
  'picked up by ice', 'caught by ice', 'taken by immigration', 'arrested by immigration', 'detained by immigration', 'picked up by immigration',
  'immigration raid*', 'immigration agents', 'detained', 'detention', 'was deported', 'got deported', 'been deported', 'being deported',
  'they deported',
  // es (with Spanglish)
  'redada*', 'detencion', 'detenido', 'detenida', 'detenidos', 'detenidas', 'detuvieron', 'lo detuvo', 'la detuvo', 'ice detuvo', 'ice arresto',
  'arrestad* por ice', 'ice se llevo', 'ice agarro', 'ice lo agarro', 'ice la agarro', 'ice esta en', 'ice esta afuera', 'ice en mi casa',
  'ice en la puerta', 'agarrad* por ice', 'se llevaron a mi', 'lo deportaron', 'la deportaron', 'me deportaron', 'nos deportaron',
  'deportaron a mi', 'fue deportad*', 'agentes de inmigracion', 'inmigracion se llevo', 'retenid* por ice',
  // pl
  'nalot*', 'obław*', 'zatrzymał*', 'zatrzymany', 'zatrzymana', 'zatrzymani', 'zatrzymanego', 'zatrzymanej', 'zatrzymanych',
  'zatrzymanie przez ice', 'aresztowa*', 'deportowany', 'deportowana', 'deportowani', 'deportowali', 'deportowało', 'deportowano',
  'zabrali mojego', 'zabrali moją', 'ice zabra*', 'ice jest pod', 'ice pod drzwiami', 'ice w domu', 'ice przed domem', 'w areszcie',
  // uk (and a little Russian)
  'облав*', 'рейд', 'рейди', 'рейд ice', 'затрима*', 'заарештува*', 'арештува*', 'депортували', 'депортований', 'депортована', 'депортовані',
  'ice забра*', 'задержал*', 'задержан*', 'арестовали', 'депортировали',
  // zh
  '移民局突袭', '突袭', '突击搜查', '搜捕', '移民局抓', '被移民局', '被ice', 'ice抓', '抓走', '被抓', '被捕', '被逮捕', '拘留', '被关押',
  '被關押', '被驱逐', '被驅逐', '被遣返', '被带走', '被帶走', '移民局来了', '移民局來了', '移民局在门口',
  // ar
  'مداهم*', 'المداهم*', 'داهم*', 'احتجز*', 'محتجز*', 'الاحتجاز', 'اعتقل*', 'معتقل*', 'الاعتقال', 'تم ترحيل*', 'قبض عليه', 'قبضوا على',
  'ألقي القبض', 'شرطة الهجرة', 'عملاء الهجرة', 'ضباط الهجرة', 'الهجرة أخذت', 'الهجرة أخذوا',
  // ur (Urdu script and Roman Urdu)
  'چھاپہ', 'چھاپے', 'چھاپا', 'گرفتار*', 'حراست', 'پکڑ لیا', 'پکڑ لی', 'پکڑ کر لے گئے', 'پکڑ لے گئے', 'پکڑا گیا', 'پکڑے گئے',
  'ملک بدر کر دیا', 'ڈی پورٹ کر', 'امیگریشن والے',
  'pakar liya', 'pakad liya', 'pakar lia', 'pakad lia', 'pakar liye', 'pakad liye', 'pakar le gaye', 'pakad le gaye', 'pakar ke le gaye',
  'pakad ke le gaye', 'pakar kar le gaye', 'pakra gaya', 'pakda gaya', 'giraftar*', 'griftar*', 'chhapa', 'chhapay', 'chaapa',
  'deport kar diya', 'deport kar dia', 'deport ho gaya', 'deport ho gayi', 'ice ne',
  // ko
  '단속', '체포', '구금', '구치소', '잡혀갔', '잡혀 갔', '끌려갔', '끌려 갔', '연행', '추방됐', '추방당', '추방되었', 'ice에', 'ice가',
  '이민국에 잡', '이민국이 잡', '이민국이 왔', '이민국 직원이',
  // tl (with Taglish)
  'hinuli', 'dinampot', 'dinakip', 'inaresto', 'inaaresto', 'nakakulong', 'kinulong', 'ikinulong', 'na-detain', 'nadetain', 'dinetain',
  'na-deport', 'nadeport', 'dinedeport', 'dineport', 'ni-raid', 'nireyd', 'ice sa bahay', 'ice sa labas', 'nandito ang ice', 'nandyan ang ice',
  'kinuha ng ice', 'kinuha ng immigration',
  // fr
  'rafle*', 'descente de ice', "descente de l'immigration", 'ete arret*', 'arret* par ice', 'detenu*', 'en detention', 'centre de retention',
  'en retention', 'ice est a', 'ice est la', 'ice est devant', 'ice a arret*', 'ice a pris', 'ice a emmene', 'emmene* par ice', 'pris par ice',
  'interpell* par ice', 'expulse* du pays', 'expulse* des etats-unis',
];

export const DOMESTIC_VIOLENCE_PHRASES: readonly string[] = [
  'domestic violence', 'domestic abuse', 'violence at home', 'hits me', 'hit me', 'hitting me', 'beats me', 'beat me', 'beating me', 'hurts me',
  'hurting me', 'punched me', 'punches me', 'slapped me', 'slaps me', 'kicked me', 'kicks me', 'choked me', 'chokes me', 'choking me',
  'strangled me', 'pushed me', 'is abusing me', 'abusing me', 'abuses me', 'abused me', 'abusive husband', 'abusive wife', 'abusive partner',
  'abusive boyfriend', 'abusive relationship', 'afraid of my husband', 'afraid of my partner', 'afraid of my boyfriend', 'afraid of my wife',
  'scared of my husband', 'scared of my partner', 'scared of my boyfriend', 'threatens to kill me', 'threatened to kill me',
  'going to kill me', 'gonna kill me', 'wants to kill me', 'will kill me',
  // es
  'me peg*', 'me golpe*', 'me maltrat*', 'me lastima', 'me hace dano', 'me abusa', 'me ahorca', 'me estrangul*', 'quiere matarme',
  'me quiere matar', 'me va a matar', 'va a matarme', 'amenaza con matarme', 'violencia en casa', 'violencia domestica', 'violencia familiar',
  'violencia intrafamiliar', 'violencia de genero', 'maltrato familiar', 'abuso domestico', 'miedo de mi esposo', 'miedo a mi esposo',
  'miedo de mi pareja', 'miedo a mi pareja', 'miedo de mi novio',
  // pl
  'mnie bije', 'bije mnie', 'nas bije', 'bije nas', 'bije dzieci', 'bije dziecko', 'mąż bije', 'żona bije', 'partner bije', 'ojciec bije',
  'tata bije', 'chłopak bije', 'mnie bił*', 'bił* mnie', 'pobił*', 'pobicie', 'uderzył* mnie', 'mnie uderzył*', 'dusił* mnie', 'dusi mnie',
  'zabije mnie', 'chce mnie zabić', 'przemoc* domow*', 'przemoc* w rodzinie', 'znęca*', 'boję się męża', 'boję się partnera', 'niebieska karta',
  // uk (and a little Russian)
  "б'є", 'бє', 'бьє', "б'ють", "б'є мене", "b'ye", "b'ye mene", 'bye mene', 'бив мене', 'била мене', 'били мене', 'побив*', 'побила', 'побили',
  'побиття', 'вдарив мене', 'вдарила мене', 'душив мене', 'знуща*', 'домашн* насильств*', "насильств* в сім'ї", 'насильство в родині',
  'погрожує вбити', 'погрожує мене вбити', "вб'є мене", 'вбє мене', 'боюся чоловіка', 'боюсь чоловіка',
  'бьет меня', 'меня бьет', 'муж бьет', 'избил*', 'избивает', 'домашнее насилие',
  // zh
  '家暴', '家庭暴力', '打我', '打了我', '殴打', '毆打', '虐待我', '威胁要杀我', '威脅要殺我', '要杀了我', '要殺了我', '怕我丈夫', '怕我老公',
  '掐我', '踢我',
  // ar (and Arabizi)
  'يضربني', 'بيضربني', 'ضربني', 'يضربنا', 'يعنفني', 'بيعنفني', 'يعتدي علي', 'اعتدى علي', 'يؤذيني', 'عنف أسري', 'العنف الأسري', 'عنف منزلي',
  'العنف المنزلي', 'يهددني بالقتل', 'هددني بالقتل', 'أخاف من زوجي', 'خايفة من زوجي', 'خائفة من زوجي',
  'yadrebni', 'yadrabni', 'yedrebni', 'yedrabni', 'byedrabni', 'darabni',
  // ur (Urdu script, Roman Urdu and Hindi)
  'مجھے مارتا', 'مجھے مارتی', 'مجھے مارتے', 'مجھے مارا', 'مجھے پیٹتا', 'مجھے پیٹتی', 'مار پیٹ', 'مارپیٹ', 'گھریلو تشدد', 'تشدد کرتا',
  'تشدد کرتی', 'جان سے مارنے کی دھمکی',
  'mujhe marta', 'mujhe maarta', 'mujhe marti', 'mujhe maarti', 'mujhe mara', 'mujhe maara', 'mujhay marta', 'mujhay maarta', 'mujhe peet*',
  'maar peet', 'maarpeet', 'mar peet', 'marpeet', 'gharelu tashadud', 'gharelu tashaddud', 'gharelu hinsa', 'tashadud karta',
  // ko
  '가정폭력', '가정 폭력', '데이트 폭력', '때리', '때려', '때렸', '때립', '폭행', '구타', '학대당', '학대를 당', '죽이겠다', '죽인다고', '목을 졸',
  // tl (with Taglish)
  'binubugbog', 'binugbog', 'bugbog', 'sinasaktan ako', 'sinaktan ako', 'sinasaktan niya', 'sinaktan niya', 'sinasaktan kami', 'sinasampal',
  'sinampal ako', 'sinusuntok', 'sinuntok ako', 'sinipa ako', 'sinasakal', 'sinakal ako', 'inaabuso', 'inabuso ako', 'karahasan sa tahanan',
  'karahasan sa pamilya', 'papatayin daw ako', 'papatayin ako', 'takot sa asawa ko', 'takot ako sa asawa ko',
  // fr
  'me frapp*', "m'a frapp*", 'me bat', 'me battait', "m'a battu*", 'me tape', "m'a tape*", 'me cogne', "m'a cogne*", 'me maltrait*',
  'me brutalis*', "m'etrangl*", 'va me tuer', 'veut me tuer', 'menace de me tuer', 'violence* conjugal*', 'violence* domestique*',
  'violence* familial*', 'femme battue', 'femmes battues', 'peur de mon mari', 'peur de mon conjoint', 'peur de mon copain',
  'peur de mon compagnon',
];

/**
 * Ordinary needs that hold a word of crisis: taken out of the query before it is matched. "Затримали зарплату"
 * is withheld pay, "zatrzymał kaucję" a kept deposit, "nalot na języku" a coated tongue, "打我电话" "call me",
 * "공황 발작" a panic attack (mental health, not an ambulance).
 */
export const ORDINARY_PHRASES: readonly string[] = [
  'bleeding gums', 'hit me up', 'overdose prevention', 'preventing overdose',
  'wypłat* zatrzyma*', 'pensj* zatrzyma*', 'zatrzymał* wypłat*', 'zatrzymał* pensj*', 'zatrzymał* wynagrodzeni*', 'zatrzymał* pieniądz*',
  'zatrzymał* kaucj*', 'zatrzymał* depozyt*',
  'nalot na język*', 'nalot na zęb*', 'nalot na migdał*',
  'затрима* зарплат*', 'зарплат* затрима*', 'затрима* виплат*', 'виплат* затрима*', 'затрима* оплат*', 'затрима* грош*', 'затрима* рейс*',
  'задержал* зарплат*', 'зарплат* задержал*',
  '打我电话', '打我手机', '打我的电话', '打我的手机', '打我電話', '打我手機', '때려치', '때려 치', '공황 발작',
];
