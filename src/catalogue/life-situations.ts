/**
 * "Co řešíte?" — common life situations mapped to the law's service types and
 * target groups, so that a person who doesn't know the law's vocabulary still
 * finds help. A service fits a situation when its type or one of its
 * target groups is listed.
 */
import type { Labels, ServiceTypeCode, TargetGroupCode } from '../core/vocabulary.js';

export interface LifeSituation {
  id: string;
  label: Labels;
  types: ServiceTypeCode[];
  targetGroups: TargetGroupCode[];
}

export const LIFE_SITUATIONS: LifeSituation[] = [
  {
    id: 'pece-o-blizkeho',
    label: { cs: 'Pečuji o blízkého doma', en: 'I care for someone at home', uk: 'Доглядаю за близькою людиною вдома' },
    types: ['pecovatelska-sluzba', 'osobni-asistence', 'odlehcovaci-sluzby', 'tisnova-pece', 'denni-stacionare'],
    targetGroups: ['pecujici-osoby', 'osoby-s-potrebou-paliativni-pece', 'osoby-zijici-s-demenci'],
  },
  {
    id: 'senior-sam-doma',
    label: { cs: 'Senior sám doma', en: 'A senior living alone', uk: 'Літня людина живе сама' },
    types: [
      'pecovatelska-sluzba',
      'tisnova-pece',
      'sas-pro-seniory-a-osoby-se-zp',
      'domovy-pro-seniory',
      'centra-dennich-sluzeb',
    ],
    targetGroups: ['seniori'],
  },
  {
    id: 'ztrata-bydleni',
    label: { cs: 'Přicházím o bydlení', en: 'I am losing my home', uk: 'Втрачаю житло' },
    types: ['azylove-domy', 'nocleharny', 'nizkoprahova-denni-centra', 'domy-na-pul-cesty', 'navazujici-bydleni'],
    targetGroups: ['osoby-bez-pristresi'],
  },
  {
    id: 'dluhy',
    label: { cs: 'Mám dluhy', en: 'I have debts', uk: 'Маю борги' },
    types: ['odborne-socialni-poradenstvi', 'navazujici-poradenstvi'],
    targetGroups: ['osoby-v-krizi'],
  },
  {
    id: 'zavislost',
    label: {
      cs: 'Závislost (alkohol, drogy, hazard)',
      en: 'Addiction (alcohol, drugs, gambling)',
      uk: 'Залежність (алкоголь, наркотики, азартні ігри)',
    },
    types: ['kontaktni-centra', 'terapeuticke-komunity', 'sluzby-nasledne-pece', 'terenni-programy'],
    targetGroups: ['osoby-zavisle'],
  },
  {
    id: 'domaci-nasili',
    label: { cs: 'Domácí násilí', en: 'Domestic violence', uk: 'Домашнє насильство' },
    types: ['intervencni-centra', 'krizova-pomoc', 'telefonicka-krizova-pomoc'],
    targetGroups: ['obeti-domaciho-nasili', 'obeti-trestne-cinnosti'],
  },
  {
    id: 'zdravotni-postizeni',
    label: { cs: 'Zdravotní postižení', en: 'Disability', uk: 'Інвалідність' },
    types: [
      'osobni-asistence',
      'pruvodcovske-a-predcitatelske-sluzby',
      'chranene-bydleni',
      'socialne-terapeuticke-dilny',
      'socialni-rehabilitace',
      'tlumocnicke-sluzby',
      'rana-pece',
      'domovy-pro-osoby-se-zdravotnim-postizenim',
    ],
    targetGroups: [
      'osoby-se-zdravotnim-postizenim',
      'osoby-s-telesnym-postizenim',
      'osoby-s-mentalnim-postizenim',
      'osoby-s-kombinovanym-postizenim',
      'osoby-se-zrakovym-postizenim',
      'osoby-se-sluchovym-postizenim',
      'osoby-s-jinym-zdravotnim-postizenim',
    ],
  },
  {
    id: 'dusevni-onemocneni',
    label: { cs: 'Duševní onemocnění', en: 'Mental illness', uk: 'Психічне захворювання' },
    types: [
      'sluzby-nasledne-pece',
      'socialni-rehabilitace',
      'chranene-bydleni',
      'socialne-terapeuticke-dilny',
      'krizova-pomoc',
    ],
    targetGroups: ['osoby-s-dusevnim-onemocnenim'],
  },
  {
    id: 'rodina-v-krizi',
    label: { cs: 'Rodina v krizi', en: 'A family in crisis', uk: 'Сім’я в кризі' },
    types: ['sas-pro-rodiny-s-detmi', 'odborne-socialni-poradenstvi', 'krizova-pomoc'],
    targetGroups: ['rodiny-s-detmi'],
  },
  {
    id: 'deti-a-mladez',
    label: {
      cs: 'Děti a mládež v nesnázích',
      en: 'Children and young people in trouble',
      uk: 'Діти та молодь у скруті',
    },
    types: ['nizkoprahova-zarizeni-pro-deti-a-mladez', 'telefonicka-krizova-pomoc', 'terenni-programy'],
    targetGroups: ['deti-a-mladez-ohrozene', 'osoby-opoustejici-ustavni-peci'],
  },
  {
    id: 'po-vykonu-trestu',
    label: {
      cs: 'Po propuštění z výkonu trestu',
      en: 'Leaving prison',
      uk: 'Після звільнення з місць позбавлення волі',
    },
    types: ['domy-na-pul-cesty', 'socialni-rehabilitace', 'odborne-socialni-poradenstvi'],
    targetGroups: ['pachatele-trestne-cinnosti'],
  },
  {
    id: 'cizinci',
    label: { cs: 'Cizinci', en: 'Foreigners', uk: 'Іноземці' },
    types: ['tlumocnicke-sluzby'],
    targetGroups: ['imigranti-a-azylanti', 'etnicke-mensiny'],
  },
];

/** Whether a service fits a life situation. */
export function fitsSituation(
  situation: LifeSituation,
  type: ServiceTypeCode,
  targetGroups: readonly TargetGroupCode[] | undefined,
): boolean {
  return situation.types.includes(type) || (targetGroups ?? []).some((group) => situation.targetGroups.includes(group));
}
