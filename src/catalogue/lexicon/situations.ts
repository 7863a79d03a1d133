/**
 * "Co řešíte?" — common life situations mapped to the law's service types and
 * target groups, so that a person who doesn't know the law's vocabulary still
 * finds help. A service fits a situation when its type or one of its
 * target groups is listed.
 */
import { type Lang, vocabularyOf } from '../../core/i18n.js';
import type { ServiceTypeCode, TargetGroupCode } from '../../core/vocabulary.js';
import { servesGroup } from './target-groups.js';

export interface LifeSituation {
  id: string;
  /** Czech label; other languages come from their language pack. */
  label: string;
  types: ServiceTypeCode[];
  targetGroups: TargetGroupCode[];
}

export const LIFE_SITUATIONS: LifeSituation[] = [
  {
    id: 'pece-o-blizkeho',
    label: 'Pečuji o blízkého doma',
    types: ['pecovatelska-sluzba', 'osobni-asistence', 'odlehcovaci-sluzby', 'tisnova-pece', 'denni-stacionare'],
    targetGroups: ['pecujici-osoby', 'osoby-s-potrebou-paliativni-pece', 'osoby-zijici-s-demenci'],
  },
  {
    id: 'senior-sam-doma',
    label: 'Senior sám doma',
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
    label: 'Přicházím o bydlení',
    types: ['azylove-domy', 'nocleharny', 'nizkoprahova-denni-centra', 'domy-na-pul-cesty', 'navazujici-bydleni'],
    targetGroups: ['osoby-bez-pristresi'],
  },
  {
    id: 'dluhy',
    label: 'Mám dluhy',
    types: ['odborne-socialni-poradenstvi', 'navazujici-poradenstvi'],
    targetGroups: ['osoby-v-krizi'],
  },
  {
    id: 'zavislost',
    label: 'Závislost (alkohol, drogy, hazard)',
    types: ['kontaktni-centra', 'terapeuticke-komunity', 'sluzby-nasledne-pece', 'terenni-programy'],
    targetGroups: ['osoby-zavisle'],
  },
  {
    id: 'domaci-nasili',
    label: 'Domácí násilí',
    types: ['intervencni-centra', 'krizova-pomoc', 'telefonicka-krizova-pomoc'],
    targetGroups: ['obeti-domaciho-nasili', 'obeti-trestne-cinnosti'],
  },
  {
    id: 'zdravotni-postizeni',
    label: 'Zdravotní postižení',
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
    // The broad group covers the narrower ones (target-groups.ts).
    targetGroups: ['osoby-se-zdravotnim-postizenim'],
  },
  {
    id: 'dusevni-onemocneni',
    label: 'Duševní onemocnění',
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
    label: 'Rodina v krizi',
    types: ['sas-pro-rodiny-s-detmi', 'odborne-socialni-poradenstvi', 'krizova-pomoc'],
    targetGroups: ['rodiny-s-detmi'],
  },
  {
    id: 'deti-a-mladez',
    label: 'Děti a mládež v nesnázích',
    types: ['nizkoprahova-zarizeni-pro-deti-a-mladez', 'telefonicka-krizova-pomoc', 'terenni-programy'],
    targetGroups: ['deti-a-mladez-ohrozene', 'osoby-opoustejici-ustavni-peci'],
  },
  {
    id: 'po-vykonu-trestu',
    label: 'Po propuštění z výkonu trestu',
    types: ['domy-na-pul-cesty', 'socialni-rehabilitace', 'odborne-socialni-poradenstvi'],
    targetGroups: ['pachatele-trestne-cinnosti'],
  },
  {
    id: 'cizinci',
    label: 'Cizinci',
    // Not "tlumočnické služby": § 56 serves people with a sensory disability (sign language), not foreigners.
    types: [],
    targetGroups: ['imigranti-a-azylanti', 'etnicke-mensiny'],
  },
];

/** Whether a service fits a life situation. */
export function fitsSituation(
  situation: LifeSituation,
  type: ServiceTypeCode,
  targetGroups: readonly TargetGroupCode[] | undefined,
): boolean {
  return situation.types.includes(type) || situation.targetGroups.some((group) => servesGroup(targetGroups, group));
}

/** A life situation's label in a language (Czech until the language's pack is loaded). */
export function situationLabel(situation: LifeSituation, lang: Lang): string {
  return vocabularyOf(lang)?.lifeSituations[situation.id] ?? situation.label;
}
