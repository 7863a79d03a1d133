/**
 * The KPSS vocabularies: the law's social-service types, forms of provision,
 * target groups, roles, triad sides and plan statuses. This is the one place
 * where the codes used in datasets are defined, with their labels in every
 * supported language. The JSON Schema in data/schema repeats the codes as
 * enums; a test keeps both in step.
 */

/** A label in each supported language. */
export interface Labels {
  cs: string;
  en: string;
  uk: string;
}

/** The law groups social services into three groups; towns add related services. */
export type ServiceGroup = 'poradenstvi' | 'pece' | 'prevence' | 'navazujici';

export interface ServiceTypeInfo {
  /** Paragraph of law 108/2006 Sb., empty for related (non-registered) services. */
  paragraph: string;
  /** The national registry's code (DruhSocialniSluzby/N) where one exists. */
  registryCode?: string;
  group: ServiceGroup;
  label: Labels;
}

const t = (
  paragraph: string,
  registryNumber: number | undefined,
  group: ServiceGroup,
  cs: string,
  en: string,
  uk: string,
): ServiceTypeInfo => ({
  paragraph,
  registryCode: registryNumber === undefined ? undefined : `DruhSocialniSluzby/${registryNumber}`,
  group,
  label: { cs, en, uk },
});

export const SERVICE_TYPES = {
  'odborne-socialni-poradenstvi': t(
    '37',
    1,
    'poradenstvi',
    'odborné sociální poradenství',
    'professional social counselling',
    'фахове соціальне консультування',
  ),
  'osobni-asistence': t('39', 3, 'pece', 'osobní asistence', 'personal assistance', 'персональна асистенція'),
  'pecovatelska-sluzba': t('40', 4, 'pece', 'pečovatelská služba', 'home care service', 'послуга догляду вдома'),
  'tisnova-pece': t('41', 5, 'pece', 'tísňová péče', 'emergency alarm care', 'екстрена допомога (тривожна кнопка)'),
  'pruvodcovske-a-predcitatelske-sluzby': t(
    '42',
    6,
    'pece',
    'průvodcovské a předčitatelské služby',
    'guide and reading services',
    'послуги супроводу та читання',
  ),
  'podpora-samostatneho-bydleni': t(
    '43',
    7,
    'pece',
    'podpora samostatného bydlení',
    'support for independent living',
    'підтримка самостійного проживання',
  ),
  'odlehcovaci-sluzby': t(
    '44',
    8,
    'pece',
    'odlehčovací služby',
    'respite care',
    'послуги тимчасового догляду (респіт)',
  ),
  'centra-dennich-sluzeb': t('45', 9, 'pece', 'centra denních služeb', 'day service centres', 'центри денних послуг'),
  'denni-stacionare': t('46', 10, 'pece', 'denní stacionáře', 'day care centres', 'денні стаціонари'),
  'tydenni-stacionare': t('47', 11, 'pece', 'týdenní stacionáře', 'weekly care centres', 'тижневі стаціонари'),
  'domovy-pro-osoby-se-zdravotnim-postizenim': t(
    '48',
    12,
    'pece',
    'domovy pro osoby se zdravotním postižením',
    'homes for people with disabilities',
    'будинки для осіб з інвалідністю',
  ),
  'domovy-pro-seniory': t(
    '49',
    13,
    'pece',
    'domovy pro seniory',
    'homes for the elderly',
    'будинки для людей похилого віку',
  ),
  'domovy-se-zvlastnim-rezimem': t(
    '50',
    14,
    'pece',
    'domovy se zvláštním režimem',
    'special regime homes',
    'будинки зі спеціальним режимом',
  ),
  'chranene-bydleni': t('51', 15, 'pece', 'chráněné bydlení', 'sheltered housing', 'захищене житло'),
  'sluzby-ve-zdravotnickych-zarizenich': t(
    '52',
    16,
    'pece',
    'sociální služby poskytované ve zdravotnických zařízeních lůžkové péče',
    'social services in inpatient health facilities',
    'соціальні послуги в стаціонарних закладах охорони здоров’я',
  ),
  'rana-pece': t('54', 17, 'prevence', 'raná péče', 'early intervention', 'рання допомога'),
  'telefonicka-krizova-pomoc': t(
    '55',
    18,
    'prevence',
    'telefonická krizová pomoc',
    'crisis helpline',
    'телефонна кризова допомога',
  ),
  'tlumocnicke-sluzby': t('56', 19, 'prevence', 'tlumočnické služby', 'interpreting services', 'послуги перекладу'),
  'azylove-domy': t('57', 20, 'prevence', 'azylové domy', 'shelters', 'притулки'),
  'domy-na-pul-cesty': t('58', 21, 'prevence', 'domy na půl cesty', 'halfway houses', 'будинки на півдорозі'),
  'kontaktni-centra': t('59', 22, 'prevence', 'kontaktní centra', 'drop-in centres for drug users', 'контактні центри'),
  'krizova-pomoc': t('60', 23, 'prevence', 'krizová pomoc', 'crisis assistance', 'кризова допомога'),
  'intervencni-centra': t(
    '60a',
    34,
    'prevence',
    'intervenční centra',
    'intervention centres (domestic violence)',
    'інтервенційні центри (домашнє насильство)',
  ),
  'nizkoprahova-denni-centra': t(
    '61',
    24,
    'prevence',
    'nízkoprahová denní centra',
    'low-threshold day centres',
    'низькопорогові денні центри',
  ),
  'nizkoprahova-zarizeni-pro-deti-a-mladez': t(
    '62',
    25,
    'prevence',
    'nízkoprahová zařízení pro děti a mládež',
    'low-threshold youth clubs',
    'низькопорогові заклади для дітей і молоді',
  ),
  nocleharny: t('63', 26, 'prevence', 'noclehárny', 'night shelters', 'нічліжки'),
  'sluzby-nasledne-pece': t(
    '64',
    27,
    'prevence',
    'služby následné péče',
    'aftercare services',
    'послуги подальшої допомоги',
  ),
  'sas-pro-rodiny-s-detmi': t(
    '65',
    28,
    'prevence',
    'sociálně aktivizační služby pro rodiny s dětmi',
    'social activation services for families with children',
    'соціально-активізаційні послуги для сімей з дітьми',
  ),
  'sas-pro-seniory-a-osoby-se-zp': t(
    '66',
    29,
    'prevence',
    'sociálně aktivizační služby pro seniory a osoby se zdravotním postižením',
    'social activation services for seniors and people with disabilities',
    'соціально-активізаційні послуги для людей похилого віку та осіб з інвалідністю',
  ),
  'socialne-terapeuticke-dilny': t(
    '67',
    30,
    'prevence',
    'sociálně terapeutické dílny',
    'social therapy workshops',
    'соціально-терапевтичні майстерні',
  ),
  'terapeuticke-komunity': t(
    '68',
    31,
    'prevence',
    'terapeutické komunity',
    'therapeutic communities',
    'терапевтичні спільноти',
  ),
  'terenni-programy': t('69', 32, 'prevence', 'terénní programy', 'outreach programmes', 'польові (вуличні) програми'),
  'socialni-rehabilitace': t(
    '70',
    33,
    'prevence',
    'sociální rehabilitace',
    'social rehabilitation',
    'соціальна реабілітація',
  ),
  'navazujici-zdravotni': t('', undefined, 'navazujici', 'zdravotní služby', 'health services', 'медичні послуги'),
  'navazujici-poradenstvi': t(
    '',
    undefined,
    'navazujici',
    'poradenství a informace',
    'counselling and information',
    'консультації та інформація',
  ),
  'navazujici-volny-cas': t(
    '',
    undefined,
    'navazujici',
    'volnočasové a komunitní aktivity',
    'leisure and community activities',
    'дозвілля та громадська діяльність',
  ),
  'navazujici-bydleni': t('', undefined, 'navazujici', 'bydlení', 'housing', 'житло'),
  'navazujici-zamestnani': t(
    '',
    undefined,
    'navazujici',
    'zaměstnání a vzdělávání',
    'employment and education',
    'працевлаштування та освіта',
  ),
  'navazujici-dobrovolnictvi': t('', undefined, 'navazujici', 'dobrovolnictví', 'volunteering', 'волонтерство'),
  'navazujici-jine': t(
    '',
    undefined,
    'navazujici',
    'jiné navazující služby',
    'other related services',
    'інші пов’язані послуги',
  ),
} as const satisfies Record<string, ServiceTypeInfo>;

export type ServiceTypeCode = keyof typeof SERVICE_TYPES;

export const SERVICE_GROUPS: Record<ServiceGroup, Labels> = {
  poradenstvi: { cs: 'Sociální poradenství', en: 'Social counselling', uk: 'Соціальне консультування' },
  pece: { cs: 'Služby sociální péče', en: 'Social care services', uk: 'Послуги соціального догляду' },
  prevence: { cs: 'Služby sociální prevence', en: 'Social prevention services', uk: 'Послуги соціальної профілактики' },
  navazujici: { cs: 'Navazující služby', en: 'Related services', uk: 'Пов’язані послуги' },
};

export const FORMS = {
  ambulantni: { cs: 'ambulantní', en: 'at a centre (outpatient)', uk: 'амбулаторна' },
  terenni: { cs: 'terénní', en: 'in the field (at home)', uk: 'польова (вдома)' },
  pobytova: { cs: 'pobytová', en: 'residential', uk: 'стаціонарна (з проживанням)' },
} as const satisfies Record<string, Labels>;
export type Form = keyof typeof FORMS;

/** Target groups in the national registry's wording. */
export const TARGET_GROUPS = {
  seniori: { cs: 'senioři', en: 'seniors', uk: 'люди похилого віку' },
  'pecujici-osoby': { cs: 'pečující osoby', en: 'carers', uk: 'особи, які доглядають' },
  'osoby-s-potrebou-paliativni-pece': {
    cs: 'osoby s potřebou paliativní péče',
    en: 'people needing palliative care',
    uk: 'особи, які потребують паліативної допомоги',
  },
  'osoby-zijici-s-demenci': {
    cs: 'osoby žijící s demencí',
    en: 'people living with dementia',
    uk: 'особи з деменцією',
  },
  'rodiny-s-detmi': { cs: 'rodiny s dítětem/dětmi', en: 'families with children', uk: 'сім’ї з дітьми' },
  'deti-a-mladez-ohrozene': {
    cs: 'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy',
    en: 'children and young people (6–26) at risk',
    uk: 'діти та молодь (6–26 років) у групі ризику',
  },
  'osoby-opoustejici-ustavni-peci': {
    cs: 'osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče',
    en: 'young people (under 26) leaving institutional care',
    uk: 'молодь до 26 років, яка залишає заклади інституційного догляду',
  },
  'osoby-se-zdravotnim-postizenim': {
    cs: 'osoby se zdravotním postižením',
    en: 'people with disabilities',
    uk: 'особи з інвалідністю',
  },
  'osoby-s-telesnym-postizenim': {
    cs: 'osoby s tělesným postižením',
    en: 'people with physical disabilities',
    uk: 'особи з фізичною інвалідністю',
  },
  'osoby-s-mentalnim-postizenim': {
    cs: 'osoby s mentálním postižením',
    en: 'people with intellectual disabilities',
    uk: 'особи з інтелектуальною інвалідністю',
  },
  'osoby-s-kombinovanym-postizenim': {
    cs: 'osoby s kombinovaným postižením',
    en: 'people with multiple disabilities',
    uk: 'особи з комбінованою інвалідністю',
  },
  'osoby-se-zrakovym-postizenim': {
    cs: 'osoby se zrakovým postižením',
    en: 'people with visual impairments',
    uk: 'особи з порушенням зору',
  },
  'osoby-se-sluchovym-postizenim': {
    cs: 'osoby se sluchovým postižením',
    en: 'people with hearing impairments',
    uk: 'особи з порушенням слуху',
  },
  'osoby-s-jinym-zdravotnim-postizenim': {
    cs: 'osoby s jiným zdravotním postižením',
    en: 'people with other disabilities',
    uk: 'особи з іншою інвалідністю',
  },
  'osoby-s-chronickym-onemocnenim': {
    cs: 'osoby s chronickým onemocněním',
    en: 'people with chronic illness',
    uk: 'особи з хронічними захворюваннями',
  },
  'osoby-s-dusevnim-onemocnenim': {
    cs: 'osoby s chronickým duševním onemocněním',
    en: 'people with chronic mental illness',
    uk: 'особи з хронічними психічними розладами',
  },
  'osoby-zavisle': {
    cs: 'osoby ohrožené závislostí nebo závislé na návykových látkách',
    en: 'people with or at risk of addiction',
    uk: 'особи із залежністю або під загрозою залежності',
  },
  'osoby-v-krizi': { cs: 'osoby v krizi', en: 'people in crisis', uk: 'особи в кризі' },
  'osoby-bez-pristresi': { cs: 'osoby bez přístřeší', en: 'homeless people', uk: 'бездомні особи' },
  'osoby-s-rizikovym-zpusobem-zivota': {
    cs: 'osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy',
    en: 'people leading or at risk of a high-risk lifestyle',
    uk: 'особи з ризикованим способом життя',
  },
  'osoby-v-socialne-vyloucenych-komunitach': {
    cs: 'osoby žijící v sociálně vyloučených komunitách',
    en: 'people in socially excluded communities',
    uk: 'особи із соціально виключених громад',
  },
  'obeti-domaciho-nasili': {
    cs: 'oběti domácího násilí',
    en: 'victims of domestic violence',
    uk: 'жертви домашнього насильства',
  },
  'obeti-obchodu-s-lidmi': {
    cs: 'oběti obchodu s lidmi',
    en: 'victims of human trafficking',
    uk: 'жертви торгівлі людьми',
  },
  'obeti-trestne-cinnosti': { cs: 'oběti trestné činnosti', en: 'victims of crime', uk: 'жертви злочинів' },
  'osoby-komercne-zneuzivane': {
    cs: 'osoby komerčně zneužívané',
    en: 'commercially exploited people',
    uk: 'особи, які зазнають комерційної експлуатації',
  },
  'pachatele-trestne-cinnosti': { cs: 'pachatelé trestné činnosti', en: 'offenders', uk: 'особи, які вчинили злочини' },
  'etnicke-mensiny': { cs: 'etnické menšiny', en: 'ethnic minorities', uk: 'етнічні меншини' },
  'imigranti-a-azylanti': {
    cs: 'imigranti a azylanti',
    en: 'immigrants and asylum seekers',
    uk: 'іммігранти та шукачі притулку',
  },
} as const satisfies Record<string, Labels>;
export type TargetGroupCode = keyof typeof TARGET_GROUPS;

export const GROUP_KINDS = {
  ridici: { cs: 'řídící skupina', en: 'steering group', uk: 'керівна група' },
  pracovni: { cs: 'pracovní skupina', en: 'working group', uk: 'робоча група' },
  jina: { cs: 'jiná skupina', en: 'other group', uk: 'інша група' },
} as const satisfies Record<string, Labels>;
export type GroupKind = keyof typeof GROUP_KINDS;

/** Roles in a group, in the order a roster lists them. */
export const ROLES = {
  garant: { cs: 'garant', en: 'guarantor', uk: 'гарант' },
  predseda: { cs: 'předseda', en: 'chair', uk: 'голова' },
  mistopredseda: { cs: 'místopředseda', en: 'vice-chair', uk: 'заступник голови' },
  koordinator: { cs: 'koordinátor', en: 'coordinator', uk: 'координатор' },
  manazer: { cs: 'manažer', en: 'manager', uk: 'менеджер' },
  zapisovatel: { cs: 'zapisovatel', en: 'minute-taker', uk: 'секретар' },
  clen: { cs: 'člen', en: 'member', uk: 'член' },
  host: { cs: 'host', en: 'guest', uk: 'гість' },
} as const satisfies Record<string, Labels>;
export type Role = keyof typeof ROLES;

/** The three sides of community planning, plus the public. */
export const TRIAD_SIDES = {
  zadavatel: { cs: 'zadavatel', en: 'commissioner', uk: 'замовник' },
  poskytovatel: { cs: 'poskytovatel', en: 'provider', uk: 'надавач' },
  uzivatel: { cs: 'uživatel', en: 'service user', uk: 'користувач' },
  verejnost: { cs: 'veřejnost', en: 'public', uk: 'громадськість' },
} as const satisfies Record<string, Labels>;
export type TriadSide = keyof typeof TRIAD_SIDES;

export const PLAN_STATUSES = {
  nezahajeno: { cs: 'nezahájeno', en: 'not started', uk: 'не розпочато' },
  probiha: { cs: 'probíhá', en: 'in progress', uk: 'триває' },
  splneno: { cs: 'splněno', en: 'completed', uk: 'виконано' },
  odlozeno: { cs: 'odloženo', en: 'postponed', uk: 'відкладено' },
  zruseno: { cs: 'zrušeno', en: 'cancelled', uk: 'скасовано' },
} as const satisfies Record<string, Labels>;
export type PlanStatus = keyof typeof PLAN_STATUSES;

export const CAPACITY_UNITS = {
  klient: { cs: 'klientů', en: 'clients', uk: 'клієнтів' },
  kontakt: { cs: 'kontaktů', en: 'contacts', uk: 'контактів' },
  interv: { cs: 'intervencí', en: 'interventions', uk: 'втручань' },
  luzka: { cs: 'lůžek', en: 'beds', uk: 'ліжок' },
  hovor: { cs: 'hovorů', en: 'calls', uk: 'дзвінків' },
} as const satisfies Record<string, Labels>;
export type CapacityUnit = keyof typeof CAPACITY_UNITS;

/** The service type for a registry code such as `DruhSocialniSluzby/4`. */
export function serviceTypeForRegistryCode(code: string): ServiceTypeCode | undefined {
  for (const [key, info] of Object.entries(SERVICE_TYPES) as [ServiceTypeCode, ServiceTypeInfo][]) {
    if (info.registryCode === code) return key;
  }
  return undefined;
}
