/**
 * The need lexicon's data: how people say what they need, in Czech,
 * Ukrainian and English, and which of the law's service types (§ 37–§ 70 of
 * law 108/2006 Sb.) and the registry's target groups meet it. Written from
 * the statutory definitions of the service types and public descriptions of
 * services. A wrong match is worse than none: map a word only where a social
 * worker would send the person.
 *
 * To add a word: put it in the `cs`, `en` or `uk` list of the need it names
 * (its usual form; other forms of the same stem are found, forms whose stem
 * differs are listed). A new need gets an English id and its types and
 * target groups with weights (1 = exactly this, 0.7 = strongly helps,
 * 0.4 = may help).
 */
import type { ServiceTypeCode, TargetGroupCode } from '../../core/vocabulary.js';
import type { Need } from './types.js';

export const NEEDS: Need[] = [
  {
    id: 'blind',
    cs: ['slepý', 'slepota', 'nevidomý', 'nevidí', 'slabozraký', 'špatně vidí', 'ztráta zraku', 'zrak'],
    en: ['blind', 'blindness', 'visually impaired', 'low vision', 'sight loss'],
    uk: ['сліпий', 'сліпа', 'незрячий', 'незряча', 'зір', 'погано бачить'],
    types: {
      'pruvodcovske-a-predcitatelske-sluzby': 1,
      'socialni-rehabilitace': 0.6,
      'odborne-socialni-poradenstvi': 0.4,
    },
    targetGroups: { 'osoby-se-zrakovym-postizenim': 1 },
  },
  {
    id: 'violence',
    cs: ['týrání', 'týrá', 'bije', 'bije mě', 'domácí násilí', 'násilí', 'násilník', 'ubližuje'],
    en: ['domestic violence', 'domestic abuse', 'abuse', 'abusive partner', 'violence'],
    uk: ['домашнє насильство', 'домашнього насильства', 'насильство', 'насильства', 'б’є', 'знущання'],
    types: { 'intervencni-centra': 1, 'krizova-pomoc': 0.8, 'azylove-domy': 0.5, 'telefonicka-krizova-pomoc': 0.6 },
    targetGroups: { 'obeti-domaciho-nasili': 1 },
  },
  {
    id: 'rent-arrears',
    cs: ['nemám na nájem', 'nájem', 'nájemné', 'dluh na nájmu', 'vystěhování', 'vyhazují mě z bytu'],
    en: ['rent arrears', 'cannot pay rent', 'eviction', 'evicted'],
    uk: ['оренда', 'не можу заплатити оренду', 'виселення'],
    types: { 'odborne-socialni-poradenstvi': 1, 'navazujici-poradenstvi': 0.6, 'terenni-programy': 0.4 },
    targetGroups: { 'osoby-v-krizi': 0.5 },
  },
  {
    id: 'debts',
    cs: ['dluhy', 'dluh', 'dluží', 'exekuce', 'exekutor', 'insolvence', 'oddlužení', 'osobní bankrot', 'půjčka'],
    en: ['debt', 'debts', 'bailiff', 'insolvency', 'bankruptcy'],
    uk: ['борг', 'борги', 'боргів', 'боргами', 'виконавець', 'банкрутство'],
    types: { 'odborne-socialni-poradenstvi': 1, 'navazujici-poradenstvi': 0.6 },
  },
  {
    id: 'nursing-home',
    cs: ['domov pro babičku', 'ústav pro seniory', 'starobinec', 'léčebna dlouhodobě nemocných'],
    en: ['nursing home', 'care home', 'retirement home', 'old people’s home'],
    uk: ['будинок для літніх', 'будинок престарілих', 'дім для літніх людей'],
    types: { 'domovy-pro-seniory': 1, 'domovy-se-zvlastnim-rezimem': 0.6 },
    targetGroups: { seniori: 0.5 },
  },
];

/** Registry abbreviations in real service names, lower case. */
export const ABBREVIATIONS: Record<string, ServiceTypeCode[]> = {
  dzr: ['domovy-se-zvlastnim-rezimem'],
  ds: ['domovy-pro-seniory'],
  dozp: ['domovy-pro-osoby-se-zdravotnim-postizenim'],
  nzdm: ['nizkoprahova-zarizeni-pro-deti-a-mladez'],
  osp: ['odborne-socialni-poradenstvi'],
};

/** Whom each service type serves by its statutory definition: used when a record names no target groups. */
export const TYPE_SERVES: Partial<Record<ServiceTypeCode, TargetGroupCode[]>> = {
  'domovy-pro-seniory': ['seniori'],
  'pruvodcovske-a-predcitatelske-sluzby': ['osoby-se-zrakovym-postizenim', 'seniori'],
  'intervencni-centra': ['obeti-domaciho-nasili'],
};
