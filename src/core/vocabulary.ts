/**
 * The KPSS vocabularies: the law's social-service types, forms of provision,
 * target groups, roles, triad sides and plan statuses. This is the one place
 * where the codes used in datasets are defined, with their Czech labels. The
 * English and Ukrainian labels live in the language packs (strings/en.ts,
 * strings/uk.ts), loaded only by pages that speak them; `label()` in i18n.ts
 * reads them there, these tables never change. The JSON Schema in data/schema
 * repeats the codes as enums; a test keeps both in step.
 */

/** A vocabulary label in Czech (other languages: the language packs, read by `label()` in i18n.ts). */
export interface Labels {
  readonly cs: string;
}

/** The law groups social services into three groups; towns add related services. */
export type ServiceGroup = 'poradenstvi' | 'pece' | 'prevence' | 'navazujici';

export interface ServiceTypeInfo {
  /** Paragraph of law 108/2006 Sb., empty for related (non-registered) services. */
  paragraph: string;
  group: ServiceGroup;
  label: Labels;
}

const t = (paragraph: string, group: ServiceGroup, cs: string): ServiceTypeInfo => ({
  paragraph,
  group,
  label: { cs },
});

export const SERVICE_TYPES = {
  'odborne-socialni-poradenstvi': t('37', 'poradenstvi', 'odborné sociální poradenství'),
  'osobni-asistence': t('39', 'pece', 'osobní asistence'),
  'pecovatelska-sluzba': t('40', 'pece', 'pečovatelská služba'),
  'tisnova-pece': t('41', 'pece', 'tísňová péče'),
  'pruvodcovske-a-predcitatelske-sluzby': t('42', 'pece', 'průvodcovské a předčitatelské služby'),
  'podpora-samostatneho-bydleni': t('43', 'pece', 'podpora samostatného bydlení'),
  'odlehcovaci-sluzby': t('44', 'pece', 'odlehčovací služby'),
  'centra-dennich-sluzeb': t('45', 'pece', 'centra denních služeb'),
  'denni-stacionare': t('46', 'pece', 'denní stacionáře'),
  'tydenni-stacionare': t('47', 'pece', 'týdenní stacionáře'),
  'domovy-pro-osoby-se-zdravotnim-postizenim': t('48', 'pece', 'domovy pro osoby se zdravotním postižením'),
  'domovy-pro-seniory': t('49', 'pece', 'domovy pro seniory'),
  'domovy-se-zvlastnim-rezimem': t('50', 'pece', 'domovy se zvláštním režimem'),
  'chranene-bydleni': t('51', 'pece', 'chráněné bydlení'),
  'sluzby-ve-zdravotnickych-zarizenich': t(
    '52',
    'pece',
    'sociální služby poskytované ve zdravotnických zařízeních lůžkové péče',
  ),
  'rana-pece': t('54', 'prevence', 'raná péče'),
  'telefonicka-krizova-pomoc': t('55', 'prevence', 'telefonická krizová pomoc'),
  'tlumocnicke-sluzby': t('56', 'prevence', 'tlumočnické služby'),
  'azylove-domy': t('57', 'prevence', 'azylové domy'),
  'domy-na-pul-cesty': t('58', 'prevence', 'domy na půl cesty'),
  'kontaktni-centra': t('59', 'prevence', 'kontaktní centra'),
  'krizova-pomoc': t('60', 'prevence', 'krizová pomoc'),
  'intervencni-centra': t('60a', 'prevence', 'intervenční centra'),
  'nizkoprahova-denni-centra': t('61', 'prevence', 'nízkoprahová denní centra'),
  'nizkoprahova-zarizeni-pro-deti-a-mladez': t('62', 'prevence', 'nízkoprahová zařízení pro děti a mládež'),
  nocleharny: t('63', 'prevence', 'noclehárny'),
  'sluzby-nasledne-pece': t('64', 'prevence', 'služby následné péče'),
  'sas-pro-rodiny-s-detmi': t('65', 'prevence', 'sociálně aktivizační služby pro rodiny s dětmi'),
  'sas-pro-seniory-a-osoby-se-zp': t(
    '66',
    'prevence',
    'sociálně aktivizační služby pro seniory a osoby se zdravotním postižením',
  ),
  'socialne-terapeuticke-dilny': t('67', 'prevence', 'sociálně terapeutické dílny'),
  'terapeuticke-komunity': t('68', 'prevence', 'terapeutické komunity'),
  'terenni-programy': t('69', 'prevence', 'terénní programy'),
  'socialni-rehabilitace': t('70', 'prevence', 'sociální rehabilitace'),
  'navazujici-zdravotni': t('', 'navazujici', 'zdravotní služby'),
  'navazujici-poradenstvi': t('', 'navazujici', 'poradenství a informace'),
  'navazujici-volny-cas': t('', 'navazujici', 'volnočasové a komunitní aktivity'),
  'navazujici-bydleni': t('', 'navazujici', 'bydlení'),
  'navazujici-zamestnani': t('', 'navazujici', 'zaměstnání a vzdělávání'),
  'navazujici-dobrovolnictvi': t('', 'navazujici', 'dobrovolnictví'),
  'navazujici-jine': t('', 'navazujici', 'jiné navazující služby'),
} as const satisfies Record<string, ServiceTypeInfo>;

export type ServiceTypeCode = keyof typeof SERVICE_TYPES;

export const SERVICE_GROUPS: Record<ServiceGroup, Labels> = {
  poradenstvi: { cs: 'Sociální poradenství' },
  pece: { cs: 'Služby sociální péče' },
  prevence: { cs: 'Služby sociální prevence' },
  navazujici: { cs: 'Navazující služby' },
};

export const FORMS = {
  ambulantni: { cs: 'ambulantní' },
  terenni: { cs: 'terénní' },
  pobytova: { cs: 'pobytová' },
} as const satisfies Record<string, Labels>;
export type Form = keyof typeof FORMS;

/** Target groups in the national registry's wording. */
export const TARGET_GROUPS = {
  seniori: { cs: 'senioři' },
  'pecujici-osoby': { cs: 'pečující osoby' },
  'osoby-s-potrebou-paliativni-pece': { cs: 'osoby s potřebou paliativní péče' },
  'osoby-zijici-s-demenci': { cs: 'osoby žijící s demencí' },
  'rodiny-s-detmi': { cs: 'rodiny s dítětem/dětmi' },
  'deti-a-mladez-ohrozene': { cs: 'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy' },
  'osoby-opoustejici-ustavni-peci': { cs: 'osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče' },
  'osoby-se-zdravotnim-postizenim': { cs: 'osoby se zdravotním postižením' },
  'osoby-s-telesnym-postizenim': { cs: 'osoby s tělesným postižením' },
  'osoby-s-mentalnim-postizenim': { cs: 'osoby s mentálním postižením' },
  'osoby-s-kombinovanym-postizenim': { cs: 'osoby s kombinovaným postižením' },
  'osoby-se-zrakovym-postizenim': { cs: 'osoby se zrakovým postižením' },
  'osoby-se-sluchovym-postizenim': { cs: 'osoby se sluchovým postižením' },
  'osoby-s-jinym-zdravotnim-postizenim': { cs: 'osoby s jiným zdravotním postižením' },
  'osoby-s-chronickym-onemocnenim': { cs: 'osoby s chronickým onemocněním' },
  'osoby-s-dusevnim-onemocnenim': { cs: 'osoby s chronickým duševním onemocněním' },
  'osoby-zavisle': { cs: 'osoby ohrožené závislostí nebo závislé na návykových látkách' },
  'osoby-v-krizi': { cs: 'osoby v krizi' },
  'osoby-bez-pristresi': { cs: 'osoby bez přístřeší' },
  'osoby-s-rizikovym-zpusobem-zivota': {
    cs: 'osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy',
  },
  'osoby-v-socialne-vyloucenych-komunitach': { cs: 'osoby žijící v sociálně vyloučených komunitách' },
  'obeti-domaciho-nasili': { cs: 'oběti domácího násilí' },
  'obeti-obchodu-s-lidmi': { cs: 'oběti obchodu s lidmi' },
  'obeti-trestne-cinnosti': { cs: 'oběti trestné činnosti' },
  'osoby-komercne-zneuzivane': { cs: 'osoby komerčně zneužívané' },
  'pachatele-trestne-cinnosti': { cs: 'pachatelé trestné činnosti' },
  'etnicke-mensiny': { cs: 'etnické menšiny' },
  'imigranti-a-azylanti': { cs: 'imigranti a azylanti' },
} as const satisfies Record<string, Labels>;
export type TargetGroupCode = keyof typeof TARGET_GROUPS;

export const GROUP_KINDS = {
  ridici: { cs: 'řídící skupina' },
  pracovni: { cs: 'pracovní skupina' },
  jina: { cs: 'jiná skupina' },
} as const satisfies Record<string, Labels>;
export type GroupKind = keyof typeof GROUP_KINDS;

/** Roles in a group, in the order a roster lists them. */
export const ROLES = {
  garant: { cs: 'garant' },
  predseda: { cs: 'předseda' },
  mistopredseda: { cs: 'místopředseda' },
  koordinator: { cs: 'koordinátor' },
  manazer: { cs: 'manažer' },
  zapisovatel: { cs: 'zapisovatel' },
  clen: { cs: 'člen' },
  host: { cs: 'host' },
} as const satisfies Record<string, Labels>;
export type Role = keyof typeof ROLES;

/**
 * The roles as said of a woman (předsedkyně, členka, …); a role whose word
 * does not change (host) repeats it. English has one form; the Ukrainian pack
 * has its feminine forms.
 */
export const ROLES_FEMININE: Record<Role, Labels> = {
  garant: { cs: 'garantka' },
  predseda: { cs: 'předsedkyně' },
  mistopredseda: { cs: 'místopředsedkyně' },
  koordinator: { cs: 'koordinátorka' },
  manazer: { cs: 'manažerka' },
  zapisovatel: { cs: 'zapisovatelka' },
  clen: { cs: 'členka' },
  host: { cs: 'host' },
};

/** A member's grammatical gender for Czech and Ukrainian role labels: f (žena), m (muž). */
export const GENDERS = ['f', 'm'] as const;
export type Gender = (typeof GENDERS)[number];

/** The three sides of community planning, plus the public. */
export const TRIAD_SIDES = {
  zadavatel: { cs: 'zadavatel' },
  poskytovatel: { cs: 'poskytovatel' },
  uzivatel: { cs: 'uživatel' },
  verejnost: { cs: 'veřejnost' },
} as const satisfies Record<string, Labels>;
export type TriadSide = keyof typeof TRIAD_SIDES;

export const PLAN_STATUSES = {
  nezahajeno: { cs: 'nezahájeno' },
  probiha: { cs: 'probíhá' },
  splneno: { cs: 'splněno' },
  odlozeno: { cs: 'odloženo' },
  zruseno: { cs: 'zrušeno' },
} as const satisfies Record<string, Labels>;
export type PlanStatus = keyof typeof PLAN_STATUSES;

export const CAPACITY_UNITS = {
  klient: { cs: 'klientů' },
  kontakt: { cs: 'kontaktů' },
  interv: { cs: 'intervencí' },
  luzka: { cs: 'lůžek' },
  hovor: { cs: 'hovorů' },
} as const satisfies Record<string, Labels>;
export type CapacityUnit = keyof typeof CAPACITY_UNITS;

/**
 * The national registry's number of each type of the law (its code is `DruhSocialniSluzby/N`). Only the
 * data tools read it: the elements' bundle leaves it out.
 */
export const REGISTRY_NUMBERS: Partial<Record<ServiceTypeCode, number>> = {
  'odborne-socialni-poradenstvi': 1,
  'osobni-asistence': 3,
  'pecovatelska-sluzba': 4,
  'tisnova-pece': 5,
  'pruvodcovske-a-predcitatelske-sluzby': 6,
  'podpora-samostatneho-bydleni': 7,
  'odlehcovaci-sluzby': 8,
  'centra-dennich-sluzeb': 9,
  'denni-stacionare': 10,
  'tydenni-stacionare': 11,
  'domovy-pro-osoby-se-zdravotnim-postizenim': 12,
  'domovy-pro-seniory': 13,
  'domovy-se-zvlastnim-rezimem': 14,
  'chranene-bydleni': 15,
  'sluzby-ve-zdravotnickych-zarizenich': 16,
  'rana-pece': 17,
  'telefonicka-krizova-pomoc': 18,
  'tlumocnicke-sluzby': 19,
  'azylove-domy': 20,
  'domy-na-pul-cesty': 21,
  'kontaktni-centra': 22,
  'krizova-pomoc': 23,
  'intervencni-centra': 34,
  'nizkoprahova-denni-centra': 24,
  'nizkoprahova-zarizeni-pro-deti-a-mladez': 25,
  nocleharny: 26,
  'sluzby-nasledne-pece': 27,
  'sas-pro-rodiny-s-detmi': 28,
  'sas-pro-seniory-a-osoby-se-zp': 29,
  'socialne-terapeuticke-dilny': 30,
  'terapeuticke-komunity': 31,
  'terenni-programy': 32,
  'socialni-rehabilitace': 33,
};

/** The registry's code of a service type (`DruhSocialniSluzby/4`), where it has one. */
export function registryCodeOf(type: ServiceTypeCode): string | undefined {
  const number = REGISTRY_NUMBERS[type];
  return number === undefined ? undefined : `DruhSocialniSluzby/${number}`;
}

/** The service type for a registry code such as `DruhSocialniSluzby/4`. */
export function serviceTypeForRegistryCode(code: string): ServiceTypeCode | undefined {
  return (Object.keys(SERVICE_TYPES) as ServiceTypeCode[]).find((type) => registryCodeOf(type) === code);
}
