/**
 * The validator's issues placed on the editor's fields: each issue gets the
 * path of the form field it belongs to, a short Czech message for that
 * field and a description of where it is for the summary at the top.
 */
import { plural } from '../../src/core/strings/plural.js';
import type { DataIssue } from '../../src/core/validate.js';
import {
  type Draft,
  getAt,
  isObject,
  listAt,
  type Path,
  parseFieldPath,
  pathKey,
  RECORD_SECTIONS,
  type RecordSection,
  SECTION_NAMES,
} from './dataset-ops.js';

export interface EditorIssue {
  issue: DataIssue;
  /** Path of the value in the document, e.g. ["services", 0, "locations", 1, "lat"]. */
  path: Path;
  key: string;
  /** What is wrong, for the field. */
  message: string;
  /** Where, for the summary: "Služby › Pečovatelská služba › místo 2 › zeměpisná šířka". */
  where: string;
}

/** Labels of fields, for the summary. */
const FIELD_LABELS: Record<string, string> = {
  id: 'identifikátor',
  name: 'název',
  title: 'název',
  meta: 'základní údaje',
  area: 'území',
  level: 'úroveň',
  code: 'kód',
  updated: 'datum aktualizace',
  source: 'zdroj',
  licence: 'licence',
  coordinator: 'koordinátor',
  organisation: 'organizace',
  person: 'kontaktní osoba',
  sample: 'ukázková data',
  synonyms: 'synonyma',
  ico: 'IČO',
  legalForm: 'právní forma',
  address: 'adresa',
  street: 'ulice',
  number: 'číslo domu',
  city: 'obec',
  cityPart: 'část obce',
  postcode: 'PSČ',
  cityCode: 'kód obce',
  district: 'okres',
  region: 'kraj',
  contact: 'kontakt',
  email: 'e-mail',
  phone: 'telefon',
  web: 'web',
  description: 'popis',
  providerId: 'poskytovatel',
  type: 'druh služby',
  forms: 'forma',
  targetGroups: 'cílové skupiny',
  ageRange: 'věk',
  from: 'od',
  to: 'do',
  capacity: 'kapacita',
  count: 'počet',
  unit: 'jednotka',
  form: 'forma',
  municipalities: 'obce',
  locations: 'místa',
  lat: 'zeměpisná šířka',
  lon: 'zeměpisná délka',
  approximate: 'poloha přibližně',
  hidden: 'utajená adresa',
  openingHours: 'provozní doba',
  fee: 'úhrada',
  free: 'bezplatně',
  note: 'poznámka',
  keywords: 'klíčová slova',
  hours: 'otevírací doba',
  weekly: 'doba',
  days: 'dny',
  opens: 'od',
  closes: 'do',
  nonstop: 'nepřetržitý provoz',
  byAppointment: 'po domluvě',
  openOnHolidays: 'i ve svátky',
  closures: 'uzavření',
  validFrom: 'platí od',
  validTo: 'platí do',
  place: 'místo',
  accessibility: 'bezbariérový přístup',
  languages: 'jazyky',
  verified: 'ověřeno',
  availability: 'volná místa',
  kind: 'druh skupiny',
  meetings: 'jednání',
  nextMeeting: 'příští jednání',
  howToJoin: 'jak se zapojit',
  documents: 'dokumenty',
  url: 'adresa',
  date: 'datum',
  members: 'členové',
  function: 'funkce',
  role: 'role',
  gender: 'tvar role',
  side: 'strana',
  photo: 'fotografie',
  period: 'období',
  approval: 'schválení',
  body: 'schválil',
  resolution: 'usnesení',
  documentUrl: 'dokument',
  vision: 'vize',
  priorities: 'priority',
  measures: 'opatření',
  activities: 'aktivity',
  groupId: 'pracovní skupina',
  responsible: 'odpovídá',
  partners: 'partneři',
  timeframe: 'termín',
  budget: 'rozpočet',
  amount: 'částka',
  currency: 'měna',
  sources: 'zdroje',
  indicators: 'indikátory',
  target: 'cíl',
  actual: 'skutečnost',
  status: 'stav',
  progress: 'plnění',
  serviceIds: 'související služby',
};

/** Names of one item of a list, for the summary ("místo 2"). */
const ITEM_LABELS: Record<string, string> = {
  locations: 'místo',
  capacity: 'kapacita',
  members: 'člen',
  documents: 'dokument',
  priorities: 'priorita',
  measures: 'opatření',
  activities: 'aktivita',
  indicators: 'indikátor',
  sources: 'zdroj',
  email: 'řádek',
  phone: 'řádek',
  web: 'řádek',
  municipalities: 'řádek',
  openingHours: 'řádek',
  keywords: 'řádek',
  partners: 'řádek',
  synonyms: 'řádek',
  targetGroups: 'položka',
  forms: 'položka',
  serviceIds: 'položka',
};

const FORMAT_HINTS: Record<string, string> = {
  email: 'zadejte e-mail ve tvaru jmeno@domena.cz',
  phone: 'zadejte telefon, např. +420 384 401 262 nebo 384 401 262',
  'web-url': 'zadejte webovou adresu, např. https://www.mesto.cz',
  date: 'zadejte datum ve tvaru RRRR-MM-DD, např. 2026-03-31',
  'date-or-datetime': 'zadejte datum RRRR-MM-DD, případně i čas, např. 2026-10-19T15:00',
};

const PATTERN_HINTS: Record<string, string> = {
  ico: 'IČO má 8 číslic bez mezer',
  postcode: 'PSČ má 5 číslic, např. 380 01',
  cityCode: 'kód obce (RÚIAN) má 6 číslic',
  currency: 'měna je kód ze tří velkých písmen, např. CZK',
  opens: 'zadejte čas jako 8:00',
  closes: 'zadejte čas jako 16:30 (24:00 je konec dne)',
};

const OUTCOMES: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'Dokud chyba trvá, záznam se na webu nezobrazí.',
  'value-ignored': 'Dokud chyba trvá, hodnota se na webu nezobrazí.',
  kept: 'Odkaz se na webu nezobrazí.',
  'kept-apart': 'Na webu se zobrazí oba záznamy.',
};

const czechNumber = (text: string | undefined) => (text ?? '').replace(/(\d)\.(\d)/g, '$1,$2');

function typeMessage(expected: string | undefined): string {
  switch (expected) {
    case 'integer':
      return 'Zadejte celé číslo.';
    case 'number':
      return 'Zadejte číslo.';
    case 'string':
      return 'Zadejte text.';
    case 'boolean':
      return 'Hodnota má být ano, nebo ne.';
    case 'array':
      return 'Hodnota má být seznam.';
    case 'object':
      return 'Hodnota má být objekt s dalšími údaji.';
    default:
      return `Nesprávný typ hodnoty (očekáváno: ${expected}).`;
  }
}

/** What is wrong with a value, in a sentence for the field. */
export function issueMessage(issue: DataIssue, lastField: string | number | undefined): string {
  const value = issue.value ?? '';
  let text: string;
  switch (issue.code) {
    case 'required':
      text = 'Povinný údaj: vyplňte ho.';
      break;
    case 'length':
      text =
        value.length > 50 ? 'Hodnota je příliš dlouhá.' : 'Hodnota nesmí být prázdná (ani seznam nesmí být neúplný).';
      break;
    case 'type':
      text = typeMessage(issue.expected);
      break;
    case 'enum':
      text = `Neznámá hodnota „${value}“: vyberte ze seznamu.`;
      break;
    case 'format':
      text = `Neplatný tvar „${value}“: ${FORMAT_HINTS[issue.expected ?? ''] ?? issue.expected}.`;
      break;
    case 'range':
      text = `Hodnota ${czechNumber(value)} je mimo povolený rozsah (${czechNumber(issue.expected)}).`;
      break;
    case 'pattern':
      text = `Hodnota „${value}“ nemá správný tvar${
        typeof lastField === 'string' && PATTERN_HINTS[lastField] ? `: ${PATTERN_HINTS[lastField]}` : ''
      }.`;
      break;
    case 'duplicate-id':
      text = `Identifikátor „${value}“ už má jiný záznam: zvolte jiný.`;
      break;
    case 'unknown-reference':
      text = `Odkaz „${value}“ nevede na žádný záznam: vyberte existující.`;
      break;
    case 'not-array':
      text = 'Oddíl musí být seznam [ … ].';
      break;
    case 'hidden-address':
      text =
        'Utajená adresa: tento údaj by prozradil, kde místo je, a soubor je veřejný. Uveďte jen obec; do staženého souboru se údaj nezapíše.';
      break;
    case 'not-information':
      text = value.trim()
        ? `„${value.trim()}“ není údaj, ale chybové hlášení nebo zástupný text: opravte ho, nebo pole vymažte.`
        : 'Hodnota je prázdná: vyplňte ji, nebo pole vymažte.';
      break;
    case 'id-in-several-files':
      text = `Identifikátor „${value}“ má jiný záznam i v souboru ${issue.otherSource}.`;
      break;
    case 'unknown-field':
      text = `Pole „${typeof lastField === 'string' ? lastField : value}“ schéma nezná${
        issue.expected ? ` (myslíte „${issue.expected}“?)` : ''
      }: údaj přesuňte do správného pole, nebo ho vymažte.`;
      break;
    default:
      text = 'Místo objektu { … } je zde jiná hodnota.';
  }
  return `${text} ${OUTCOMES[issue.outcome]}`;
}

/** A record's name for the summary. */
export function recordName(record: unknown, fallback: string): string {
  if (!isObject(record)) return fallback;
  const name = typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : '';
  return name.trim() || (typeof record.id === 'string' && record.id ? record.id : fallback);
}

/** "místo 2 › zeměpisná šířka" for ["locations", 1, "lat"]. */
export function describeFieldPath(parts: Path): string {
  const words: string[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'number') {
      const list = parts[i - 1];
      const item = typeof list === 'string' ? ITEM_LABELS[list] : undefined;
      const previous = words.pop();
      words.push(
        item
          ? `${previous && item === 'řádek' ? `${previous}, ` : ''}${item} ${part + 1}`
          : `${previous ?? ''} ${part + 1}`.trim(),
      );
    } else {
      words.push(FIELD_LABELS[part] ?? part);
    }
  });
  return words.join(' › ');
}

/** The path of the document value an issue is about. */
function issuePath(doc: Draft, issue: DataIssue): Path {
  const field = parseFieldPath(issue.field);
  const section = issue.section;
  if (!section) return [];
  if (section === 'meta') return ['meta', ...field];
  if (issue.index === undefined) return [section];
  let index = issue.index;
  // Reference checks count only the records kept: find the record by its id.
  if (issue.code === 'unknown-reference' && issue.recordId !== undefined) {
    const found = listAt(doc, [section]).findIndex((record) => isObject(record) && record.id === issue.recordId);
    if (found >= 0) index = found;
  }
  return [section, index, ...field];
}

/** Places the validator's issues on the document being edited. */
export function placeIssues(doc: Draft, issues: readonly DataIssue[]): EditorIssue[] {
  return issues.map((issue) => {
    const path = issuePath(doc, issue);
    const [section, index, ...field] = path;
    let where: string;
    if (section === 'meta') {
      where = ['Základní údaje', describeFieldPath(path.slice(1))].filter(Boolean).join(' › ');
    } else if (RECORD_SECTIONS.includes(section as RecordSection)) {
      const name = SECTION_NAMES[section as RecordSection];
      const record = typeof index === 'number' ? getAt(doc, [section as string, index]) : undefined;
      where = [
        name,
        typeof index === 'number' ? recordName(record, `záznam ${index + 1}`) : '',
        describeFieldPath(field),
      ]
        .filter(Boolean)
        .join(' › ');
    } else {
      where = 'Celý soubor';
    }
    return { issue, path, key: pathKey(path), message: issueMessage(issue, path[path.length - 1]), where };
  });
}

/** Issues by the key of their path. */
export function indexIssues(issues: readonly EditorIssue[]): Map<string, EditorIssue[]> {
  const index = new Map<string, EditorIssue[]>();
  for (const issue of issues) {
    const list = index.get(issue.key);
    if (list) list.push(issue);
    else index.set(issue.key, [issue]);
  }
  return index;
}

/** "3 chyby" */
export function issueCount(n: number): string {
  return `${n} ${plural('cs', n, 'chyba', 'chyby', 'chyb')}`;
}

/** The sentence the live region announces. */
export function issueCountSentence(n: number): string {
  if (n === 0) return 'Kontrola dat: bez chyb.';
  return `Kontrola dat: ${plural('cs', n, 'nalezena', 'nalezeny', 'nalezeno')} ${issueCount(n)}.`;
}
