import type { DataIssue } from '../validate.js';
import type { SharedStrings, VocabularyTexts } from './types.js';

const PROBLEM: Record<DataIssue['code'], (i: DataIssue) => string> = {
  'not-object': () => 'expected an object { … }',
  'not-array': () => 'the section must be a list [ … ]',
  required: () => 'a required value is missing',
  type: (i) => `wrong type of value (expected: ${i.expected})`,
  enum: (i) => `unknown value "${i.value}" (allowed: ${i.expected})`,
  format: (i) => `invalid format "${i.value}" (${i.expected})`,
  range: (i) => `value ${i.value} is out of range (${i.expected})`,
  pattern: (i) => `value "${i.value}" has the wrong form`,
  length: () => 'the value is empty or too long',
  'duplicate-id': (i) => `id "${i.value}" is used twice`,
  'unknown-reference': (i) => `reference "${i.value}" points to no record`,
  'hidden-address': () =>
    'hidden address: this value would reveal the place, and the file is public (give the municipality only)',
  'id-in-several-files': (i) => `id "${i.value}" is also used by another record in file ${i.otherSource}`,
  'not-information': (i) =>
    i.value?.trim()
      ? `"${i.value.trim()}" is not information but an error message or a placeholder`
      : 'the value is empty',
  'unknown-field': (i) => `the schema knows no such field${i.expected ? ` (did you mean "${i.expected}"?)` : ''}`,
};

const OUTCOME: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'The record was left out.',
  'value-ignored': 'The value is not shown.',
  kept: 'The record is shown without the link.',
  'kept-apart': 'Both records are shown.',
};

export const en: SharedStrings = {
  loading: 'Loading data…',
  retry: 'Try again',
  sampleData: 'Sample data: the content is partly invented.',
  updated: (date) => `Updated ${date}`,
  source: 'Source',
  issuesSummary: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} in the data`,
  issue: (i) => {
    const where = [
      `File ${i.source}`,
      i.section ? `${i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
      i.recordId ? `(id "${i.recordId}")` : '',
      i.field ? `field "${i.field}"` : '',
    ].filter(Boolean);
    return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
  },
  loadError: {
    http: (url, status) => `Could not load ${url} (HTTP error ${status}).`,
    network: (url) => `Could not load ${url}: the server does not answer or the connection broke.`,
    timeout: (url, s) => `${url} did not load within ${s} seconds.`,
    parse: (url, detail) => `${url} is not valid JSON: ${detail}.`,
    html: (url) => `${url} holds a web page (HTML), not JSON data. Check the address.`,
    empty: (url) => `${url} is empty.`,
    noData: 'No data is set: add the src attribute or inline JSON data.',
  },
  contact: { phone: 'Phone', email: 'E-mail', web: 'Web' },
  approximateLocation: 'approximate location: municipality centre',
  seatLocation: 'provider’s office, the service is provided elsewhere',
};

/** Labels of the vocabularies (core/vocabulary.ts) and the catalogue's life situations. */
/** Role words; English says them the same of a woman and a man. */
const ROLES: VocabularyTexts['roles'] = {
  garant: 'guarantor',
  predseda: 'chair',
  mistopredseda: 'vice-chair',
  koordinator: 'coordinator',
  manazer: 'manager',
  zapisovatel: 'minute-taker',
  clen: 'member',
  host: 'guest',
};

export const vocabulary: VocabularyTexts = {
  serviceTypes: {
    'odborne-socialni-poradenstvi': 'professional social counselling',
    'osobni-asistence': 'personal assistance',
    'pecovatelska-sluzba': 'home care service',
    'tisnova-pece': 'emergency alarm care',
    'pruvodcovske-a-predcitatelske-sluzby': 'guide and reading services',
    'podpora-samostatneho-bydleni': 'support for independent living',
    'odlehcovaci-sluzby': 'respite care',
    'centra-dennich-sluzeb': 'day service centres',
    'denni-stacionare': 'day care centres',
    'tydenni-stacionare': 'weekly care centres',
    'domovy-pro-osoby-se-zdravotnim-postizenim': 'homes for people with disabilities',
    'domovy-pro-seniory': 'homes for the elderly',
    'domovy-se-zvlastnim-rezimem': 'special regime homes',
    'chranene-bydleni': 'sheltered housing',
    'sluzby-ve-zdravotnickych-zarizenich': 'social services in inpatient health facilities',
    'rana-pece': 'early intervention',
    'telefonicka-krizova-pomoc': 'crisis helpline',
    'tlumocnicke-sluzby': 'interpreting services',
    'azylove-domy': 'shelters',
    'domy-na-pul-cesty': 'halfway houses',
    'kontaktni-centra': 'drop-in centres for drug users',
    'krizova-pomoc': 'crisis assistance',
    'intervencni-centra': 'intervention centres (domestic violence)',
    'nizkoprahova-denni-centra': 'low-threshold day centres',
    'nizkoprahova-zarizeni-pro-deti-a-mladez': 'low-threshold youth clubs',
    nocleharny: 'night shelters',
    'sluzby-nasledne-pece': 'aftercare services',
    'sas-pro-rodiny-s-detmi': 'social activation services for families with children',
    'sas-pro-seniory-a-osoby-se-zp': 'social activation services for seniors and people with disabilities',
    'socialne-terapeuticke-dilny': 'social therapy workshops',
    'terapeuticke-komunity': 'therapeutic communities',
    'terenni-programy': 'outreach programmes',
    'socialni-rehabilitace': 'social rehabilitation',
    'navazujici-zdravotni': 'health services',
    'navazujici-poradenstvi': 'counselling and information',
    'navazujici-volny-cas': 'leisure and community activities',
    'navazujici-bydleni': 'housing',
    'navazujici-zamestnani': 'employment and education',
    'navazujici-dobrovolnictvi': 'volunteering',
    'navazujici-jine': 'other related services',
  },
  serviceGroups: {
    poradenstvi: 'Social counselling',
    pece: 'Social care services',
    prevence: 'Social prevention services',
    navazujici: 'Related services',
  },
  forms: {
    ambulantni: 'at a centre (outpatient)',
    terenni: 'in the field (at home)',
    pobytova: 'residential',
  },
  targetGroups: {
    seniori: 'seniors',
    'pecujici-osoby': 'carers',
    'osoby-s-potrebou-paliativni-pece': 'people needing palliative care',
    'osoby-zijici-s-demenci': 'people living with dementia',
    'rodiny-s-detmi': 'families with children',
    'deti-a-mladez-ohrozene': 'children and young people (6–26) at risk',
    'osoby-opoustejici-ustavni-peci': 'young people (under 26) leaving institutional care',
    'osoby-se-zdravotnim-postizenim': 'people with disabilities',
    'osoby-s-telesnym-postizenim': 'people with physical disabilities',
    'osoby-s-mentalnim-postizenim': 'people with intellectual disabilities',
    'osoby-s-kombinovanym-postizenim': 'people with multiple disabilities',
    'osoby-se-zrakovym-postizenim': 'people with visual impairments',
    'osoby-se-sluchovym-postizenim': 'people with hearing impairments',
    'osoby-s-jinym-zdravotnim-postizenim': 'people with other disabilities',
    'osoby-s-chronickym-onemocnenim': 'people with chronic illness',
    'osoby-s-dusevnim-onemocnenim': 'people with chronic mental illness',
    'osoby-zavisle': 'people with or at risk of addiction',
    'osoby-v-krizi': 'people in crisis',
    'osoby-bez-pristresi': 'homeless people',
    'osoby-s-rizikovym-zpusobem-zivota': 'people leading or at risk of a high-risk lifestyle',
    'osoby-v-socialne-vyloucenych-komunitach': 'people in socially excluded communities',
    'obeti-domaciho-nasili': 'victims of domestic violence',
    'obeti-obchodu-s-lidmi': 'victims of human trafficking',
    'obeti-trestne-cinnosti': 'victims of crime',
    'osoby-komercne-zneuzivane': 'commercially exploited people',
    'pachatele-trestne-cinnosti': 'offenders',
    'etnicke-mensiny': 'ethnic minorities',
    'imigranti-a-azylanti': 'immigrants and asylum seekers',
  },
  groupKinds: {
    ridici: 'steering group',
    pracovni: 'working group',
    jina: 'other group',
  },
  roles: ROLES,
  // English role words are the same for everyone.
  rolesFeminine: ROLES,
  triadSides: {
    zadavatel: 'commissioner',
    poskytovatel: 'provider',
    uzivatel: 'service user',
    verejnost: 'public',
  },
  planStatuses: {
    nezahajeno: 'not started',
    probiha: 'in progress',
    splneno: 'completed',
    odlozeno: 'postponed',
    zruseno: 'cancelled',
  },
  capacityUnits: {
    klient: 'clients',
    kontakt: 'contacts',
    interv: 'interventions',
    luzka: 'beds',
    hovor: 'calls',
  },
  lifeSituations: {
    'pece-o-blizkeho': 'I care for someone at home',
    'senior-sam-doma': 'A senior living alone',
    'ztrata-bydleni': 'I am losing my home',
    dluhy: 'I have debts',
    zavislost: 'Addiction (alcohol, drugs, gambling)',
    'domaci-nasili': 'Domestic violence',
    'zdravotni-postizeni': 'Disability',
    'dusevni-onemocneni': 'Mental illness',
    'rodina-v-krizi': 'A family in crisis',
    'deti-a-mladez': 'Children and young people in trouble',
    'po-vykonu-trestu': 'Leaving prison',
    cizinci: 'Foreigners',
  },
};

export default en;
