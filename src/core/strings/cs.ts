import type { DataIssue } from '../validate.js';
import { plural } from './plural.js';
import type { SharedStrings } from './types.js';

const SECTION: Record<string, string> = {
  meta: 'meta',
  providers: 'poskytovatelé',
  services: 'služby',
  groups: 'skupiny',
  plans: 'plány',
};

const PROBLEM: Record<DataIssue['code'], (i: DataIssue) => string> = {
  'not-object': () => 'místo objektu { … } je zde jiná hodnota',
  'not-array': () => 'oddíl musí být seznam [ … ]',
  required: () => 'chybí povinný údaj',
  type: (i) => `nesprávný typ hodnoty (očekáváno: ${i.expected})`,
  enum: (i) => `neznámá hodnota „${i.value}“ (povoleno: ${i.expected})`,
  format: (i) => `neplatný formát „${i.value}“ (${FORMAT[i.expected ?? ''] ?? i.expected})`,
  range: (i) => `hodnota ${i.value} je mimo rozsah (${i.expected})`,
  pattern: (i) => `hodnota „${i.value}“ nemá správný tvar`,
  length: () => 'hodnota je prázdná nebo příliš dlouhá',
  'duplicate-id': (i) => `identifikátor „${i.value}“ se opakuje`,
  'unknown-reference': (i) => `odkaz „${i.value}“ nevede na žádný záznam`,
  'hidden-address': () => 'utajená adresa: tento údaj by prozradil místo, soubor je veřejný (uveďte jen obec)',
  'id-in-several-files': (i) => `identifikátor „${i.value}“ má jiný záznam i v souboru ${i.otherSource}`,
  'not-information': (i) =>
    i.value?.trim() ? `„${i.value.trim()}“ není údaj, ale chybové hlášení nebo zástupný text` : 'hodnota je prázdná',
  'unknown-field': (i) => `schéma takové pole nezná${i.expected ? ` (myslíte „${i.expected}“?)` : ''}`,
};

const FORMAT: Record<string, string> = {
  email: 'e-mail',
  phone: 'telefon',
  'web-url': 'webová adresa http(s)',
  date: 'datum RRRR-MM-DD',
  'date-or-datetime': 'datum RRRR-MM-DD nebo datum a čas',
};

const OUTCOME: Record<DataIssue['outcome'], string> = {
  'record-left-out': 'Záznam byl vynechán.',
  'value-ignored': 'Hodnota se nezobrazí.',
  kept: 'Záznam se zobrazí bez odkazu.',
  'kept-apart': 'Zobrazí se oba záznamy.',
};

/** The shared Czech texts; each element adds its own section when its module loads (addCzech in i18n.ts). */
export const cs: SharedStrings = {
  loading: 'Načítám data…',
  retry: 'Zkusit znovu',
  sampleData: 'Ukázková data: obsah je zčásti smyšlený.',
  updated: (date) => `Aktualizováno ${date}`,
  source: 'Zdroj',
  issuesSummary: (n) => `${n} ${plural('cs', n, 'problém', 'problémy', 'problémů')} v datech`,
  issue: (i) => {
    const where = [
      `Soubor ${i.source}`,
      i.section ? `${SECTION[i.section] ?? i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
      i.recordId ? `(id „${i.recordId}“)` : '',
      i.field ? `pole „${i.field}“` : '',
    ].filter(Boolean);
    return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
  },
  loadError: {
    http: (url, status) => `Soubor ${url} se nepodařilo načíst (chyba HTTP ${status}).`,
    network: (url) => `Soubor ${url} se nepodařilo načíst: server neodpovídá nebo je spojení přerušené.`,
    timeout: (url, s) => `Soubor ${url} se nenačetl do ${s} sekund.`,
    parse: (url, detail) => `Soubor ${url} není platný JSON: ${detail}.`,
    html: (url) => `Soubor ${url} neobsahuje data JSON, ale webovou stránku (HTML). Zkontrolujte adresu.`,
    empty: (url) => `Soubor ${url} je prázdný.`,
    noData: 'Nejsou nastavena žádná data: doplňte atribut src nebo vložená data JSON.',
  },
  contact: { phone: 'Telefon', email: 'E-mail', web: 'Web' },
  approximateLocation: 'poloha přibližně: střed obce',
};
