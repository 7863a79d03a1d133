/**
 * The spreadsheet templates: one sheet (or CSV file) per kind of record,
 * Czech column headers. The same definitions write the templates
 * (`kpss-data templates`, data/templates/) and read them back (import-sheet).
 */
import { nearest } from '../core/nearest.js';
import { writeCsv } from './csv.js';
import type { SheetKind } from './messages.js';
import { normalize } from './vocab.js';
import { writeXlsx } from './xlsx.js';

export interface Column {
  key: string;
  header: string;
  width: number;
  required?: boolean;
}

export interface SheetTemplate {
  kind: SheetKind;
  /** Sheet name in the workbook. */
  sheetName: string;
  csvFile: string;
  columns: Column[];
}

const col = (key: string, header: string, width = 16, required = false): Column => ({ key, header, width, required });

const ADDRESS = [
  col('street', 'Ulice', 20),
  col('number', 'Číslo domu', 10),
  col('city', 'Obec', 18),
  col('cityPart', 'Část obce', 16),
  col('postcode', 'PSČ', 8),
  col('cityCode', 'Kód obce', 10),
  col('district', 'Okres', 14),
  col('region', 'Kraj', 18),
];

const CONTACT = [
  col('person', 'Kontaktní osoba', 20),
  col('phone', 'Telefon', 18),
  col('email', 'E-mail', 24),
  col('web', 'Web', 24),
];

export const TEMPLATES: SheetTemplate[] = [
  {
    kind: 'providers',
    sheetName: 'Poskytovatelé',
    csvFile: 'poskytovatele.csv',
    columns: [
      col('id', 'Id', 14),
      col('name', 'Název', 36, true),
      col('ico', 'IČO', 10),
      col('legalForm', 'Právní forma', 18),
      ...ADDRESS,
      ...CONTACT,
      col('description', 'Popis', 40),
    ],
  },
  {
    kind: 'services',
    sheetName: 'Služby',
    csvFile: 'sluzby.csv',
    columns: [
      col('id', 'Id', 14),
      col('name', 'Název', 36, true),
      col('provider', 'Poskytovatel (id)', 16),
      col('type', 'Druh služby', 28, true),
      col('forms', 'Formy', 18),
      col('targetGroups', 'Cílové skupiny', 36),
      col('ageFrom', 'Věk od', 8),
      col('ageTo', 'Věk do', 8),
      col('capacity', 'Kapacita', 20),
      col('municipalities', 'Působí v obcích', 24),
      col('locationName', 'Místo', 24),
      col('locationRole', 'Druh místa', 18),
      ...ADDRESS,
      col('lat', 'Zeměpisná šířka', 14),
      col('lon', 'Zeměpisná délka', 14),
      col('hidden', 'Utajená adresa', 10),
      ...CONTACT,
      col('openingHours', 'Provozní doba', 28),
      col('access', 'Bezbariérový přístup', 14),
      col('languages', 'Jazyky', 20),
      col('free', 'Bezplatná', 10),
      col('feeKind', 'Druh úhrady', 16),
      col('feeNote', 'Úhrada', 28),
      col('availability', 'Volná místa', 14),
      col('availabilityDate', 'Volná místa ke dni', 14),
      col('verified', 'Ověřeno', 12),
      col('description', 'Popis', 40),
      col('keywords', 'Klíčová slova', 24),
    ],
  },
  {
    kind: 'members',
    sheetName: 'Členové',
    csvFile: 'clenove.csv',
    columns: [
      col('groupId', 'Skupina (id)', 14),
      col('groupKind', 'Druh skupiny', 14),
      col('groupName', 'Název skupiny', 28),
      col('groupTargetGroups', 'Cílové skupiny', 28),
      col('meetings', 'Jednání', 28),
      col('nextMeeting', 'Příští jednání', 16),
      col('howToJoin', 'Jak se zapojit', 28),
      col('groupDescription', 'Popis skupiny', 32),
      col('name', 'Jméno', 26),
      col('function', 'Funkce', 20),
      col('organisation', 'Organizace', 26),
      col('role', 'Role', 12),
      col('side', 'Strana', 14),
      col('email', 'E-mail', 24),
      col('phone', 'Telefon', 18),
      col('memberId', 'Id člena', 12),
    ],
  },
  {
    kind: 'plan',
    sheetName: 'Plán',
    csvFile: 'plan.csv',
    columns: [
      col('planId', 'Plán (id)', 14),
      col('planTitle', 'Název plánu', 30),
      col('periodFrom', 'Období od', 10),
      col('periodTo', 'Období do', 10),
      col('approvedBy', 'Schválil', 20),
      col('approvalDate', 'Datum schválení', 14),
      col('resolution', 'Usnesení', 16),
      col('documentUrl', 'Dokument plánu', 24),
      col('vision', 'Vize', 30),
      col('level', 'Úroveň', 12),
      col('code', 'Kód', 8, true),
      col('title', 'Název', 36, true),
      col('description', 'Popis', 36),
      col('targetGroups', 'Cílové skupiny', 28),
      col('groupId', 'Pracovní skupina (id)', 16),
      col('responsible', 'Odpovídá', 22),
      col('partners', 'Partneři', 22),
      col('from', 'Termín od', 10),
      col('to', 'Termín do', 10),
      col('budget', 'Rozpočet (Kč)', 14),
      col('sources', 'Zdroje financování', 30),
      col('status', 'Stav', 12),
      col('progress', 'Plnění (%)', 10),
      col('serviceIds', 'Služby (id)', 20),
    ],
  },
];

/** Header text → column key, for a header cell as people may retype it ("Poskytovatel", "PSC", "ico"). */
export function headerKey(template: SheetTemplate, header: string): string | undefined {
  const wanted = normalize(header);
  const bare = normalize(header.replace(/\([^)]*\)/g, ''));
  for (const column of template.columns) {
    if (normalize(column.header) === wanted || normalize(column.key) === wanted) return column.key;
  }
  for (const column of template.columns) {
    if (normalize(column.header.replace(/\([^)]*\)/g, '')) === bare) return column.key;
  }
  return undefined;
}

/** The template a sheet's header row belongs to: the one with most known headers, at least two. */
/** The template's header nearest to an unknown one ("Emial" → "E-mail", "Telefon kontaktu" → …), if one is near. */
export function nearestHeader(template: SheetTemplate, header: string): string | undefined {
  return nearest(
    header,
    template.columns.flatMap((column) => [
      [column.header, column.header] as const,
      [column.header.replace(/\([^)]*\)/g, ''), column.header] as const,
      [column.key, column.header] as const,
    ]),
  );
}

export function templateForHeaders(headers: string[]): SheetTemplate | undefined {
  let best: { template: SheetTemplate; score: number } | undefined;
  for (const template of TEMPLATES) {
    const keys = new Set(headers.map((header) => headerKey(template, header)).filter(Boolean));
    // Columns only this template has count double: "Druh služby" says services, "Kód" says plan.
    let score = keys.size;
    for (const key of keys) if (!TEMPLATES.some((t) => t !== template && t.columns.some((c) => c.key === key))) score++;
    if (keys.size >= 2 && (!best || score > best.score)) best = { template, score };
  }
  return best?.template;
}

/** The template for a sheet name ("Služby", "sluzby", "services"), if the name says it. */
export function templateForSheetName(name: string): SheetTemplate | undefined {
  const key = normalize(name.replace(/\.csv$/i, ''));
  return TEMPLATES.find(
    (t) =>
      normalize(t.sheetName) === key || normalize(t.csvFile.replace(/\.csv$/, '')) === key || normalize(t.kind) === key,
  );
}

export const TEMPLATE_XLSX = 'kpss-sablona.xlsx';

/** The template files: name and content. */
export async function templateFiles(): Promise<[string, Uint8Array][]> {
  const header = (t: SheetTemplate) => [t.columns.map((c) => c.header)];
  const xlsx = await writeXlsx(
    TEMPLATES.map((t) => ({ name: t.sheetName, rows: header(t), widths: t.columns.map((c) => c.width), header: true })),
  );
  const encoder = new TextEncoder();
  return [
    [TEMPLATE_XLSX, xlsx],
    ...TEMPLATES.map((t): [string, Uint8Array] => [t.csvFile, encoder.encode(writeCsv(header(t)))]),
  ];
}
