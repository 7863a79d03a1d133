/**
 * The Czech words of data issues: loaded when data has issues to list (an
 * admin's concern, not the citizen's first view). en.ts and uk.ts carry theirs.
 */
import type { DataIssue } from '../validate.js';

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

/** One issue in a sentence: where, what is wrong, what the widget did. */
export function issueCs(i: DataIssue): string {
  const where = [
    `Soubor ${i.source}`,
    i.section ? `${SECTION[i.section] ?? i.section}${i.index !== undefined ? `[${i.index}]` : ''}` : '',
    i.recordId ? `(id „${i.recordId}“)` : '',
    i.field ? `pole „${i.field}“` : '',
  ].filter(Boolean);
  return `${where.join(', ').replace(', (', ' (')}: ${PROBLEM[i.code](i)}. ${OUTCOME[i.outcome]}`;
}
