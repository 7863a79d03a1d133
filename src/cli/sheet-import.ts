/**
 * Filled-in spreadsheet templates → a KPSS dataset. Every problem names the
 * sheet, row and column; the dataset is then checked by the shared validator
 * and the tool's semantic checks, whose findings are traced back to the
 * cells the values came from.
 *
 * Over 400 lines: one reader per sheet of the templates (services, providers, groups, members, plan),
 * each tracing values back to their cells; no browser budget applies to the tool.
 */
import { type RemovedField, redactHiddenLocations } from '../core/hidden.js';
import { parseOpeningHours } from '../core/hours.js';
import { isValidEmail, isValidPhone, safeWebUrl } from '../core/safe-url.js';
import { fold } from '../core/text.js';
import type {
  AccessibilityLevel,
  Address,
  AvailabilityStatus,
  Capacity,
  ContactInfo,
  FeeKind,
  Group,
  KpssDataset,
  Measure,
  Member,
  Plan,
  PlanItem,
  Priority,
  Provider,
  Service,
  ServiceLocation,
} from '../core/types.js';
import { validateDataset } from '../core/validate.js';
import type { Form, ServiceTypeCode, TargetGroupCode } from '../core/vocabulary.js';
import { coordinateProblem, phoneProblem, reportedBy, semanticIssues } from './checks.js';
import type { SheetInput } from './io.js';
import { type CliIssue, fromDataIssue } from './issues.js';
import type { SheetKind, Texts } from './messages.js';
import type { Progress } from './progress.js';
import { headerKey, nearestHeader, type SheetTemplate, templateForHeaders, templateForSheetName } from './templates.js';
import {
  capacityUnits,
  forms,
  groupKinds,
  locationRoles,
  normalize,
  parseYesNo,
  planStatuses,
  roles,
  serviceTypes,
  targetGroups,
  triadSides,
  type Vocabulary,
} from './vocab.js';
import { columnName, excelSerialToIso } from './xlsx.js';

interface Cell {
  file: string;
  sheet: string;
  row: number;
  column?: string;
}

interface Table {
  template: SheetTemplate;
  input: SheetInput;
  columns: Map<string, { index: number; header: string }>;
  rows: { number: number; cells: string[] }[];
}

/** Removes undefined values, empty strings, arrays and objects, keeping key order. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return out as T;
}

/** A name as an id: "Charita Hodonín" → "charita-hodonin". */
const slug = (name: string) => normalize(name).replace(/§/g, '').trim().replace(/\s+/g, '-');

/**
 * A readable id from a name: "Charita Hodonín" → "charita-hodonin", unique
 * among `taken`. With a town's slug, the id ends with it unless the name
 * already holds it ("Pečovatelská služba" in Vzorov → "pecovatelska-sluzba-vzorov"),
 * so that two towns' files do not give the same id.
 */
export function makeId(name: string, taken: Set<string>, town = ''): string {
  let base = slug(name);
  if (town && !`-${base}-`.includes(`-${town}-`)) {
    base = [base.slice(0, 59 - town.length).replace(/-+$/, ''), town].filter(Boolean).join('-');
  }
  base = base.slice(0, 60).replace(/-+$/, '') || 'zaznam';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** A number as people type it: "49,1234", "1 800 000 Kč", "75 %". */
function parseNumber(text: string): number | undefined {
  let value = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(Kč|CZK|%|,-)$/i, '')
    .replace(/,-$/, '');
  if (value.includes(',') && !value.includes('.')) value = value.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A date in a cell: ISO, Czech "12. 11. 2026" (with "9:00" when times are allowed) or an Excel serial number. */
function parseDate(text: string, date1904: boolean, withTime: boolean): string | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    if (serial < 1000 || serial > 100000) return undefined;
    const iso = excelSerialToIso(serial, date1904);
    return withTime ? iso : iso.slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(value);
  const czech = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2}))?$/.exec(value);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5]]
    : czech
      ? [czech[3], czech[2], czech[1], czech[4], czech[5]]
      : undefined;
  if (!parts) return undefined;
  const [year, month, day, hour, minute] = parts as [string, string, string, string | undefined, string | undefined];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return undefined;
  if (hour === undefined) return date;
  if (!withTime || Number(hour) > 23) return undefined;
  return `${date}T${hour.padStart(2, '0')}:${minute}`;
}

const LOCATION_KEYS = [
  'locationName',
  'street',
  'number',
  'city',
  'cityPart',
  'postcode',
  'cityCode',
  'district',
  'region',
  'lat',
  'lon',
  'hidden',
];

/** Level names in the "Úroveň" column (normalised). */
const LEVEL_NAMES = {
  priority: ['priorita', 'priority'],
  measure: ['opatreni', 'measure'],
  activity: ['aktivita', 'aktivity', 'activity'],
};

export interface SheetImportResult {
  dataset: KpssDataset;
  issues: CliIssue[];
  /** Sheets recognised, by kind. */
  recognised: SheetKind[];
  /** With `redactHidden`: what was taken out of hidden places, with the cell it came from. */
  removed: (RemovedField & { cell?: { sheet: string; row: number; column?: string } })[];
}

/**
 * Converts spreadsheet sheets to a dataset; `source` names the result in
 * validator messages. With `redactHidden` (a file is written), hidden places
 * keep their municipality only and `removed` lists what was taken out;
 * without it (validate), what they carry is reported as errors.
 */
export function importSheets(
  inputs: SheetInput[],
  t: Texts,
  options: {
    source: string;
    meta?: unknown;
    showFile: boolean;
    redactHidden?: boolean;
    allowUnknown?: boolean;
    /** A progress display for the rows converted (a 50 MB sheet takes a while). */
    progress?: (total: number) => Progress;
  },
): SheetImportResult {
  const issues: CliIssue[] = [];
  const provenance = new Map<string, Cell>();
  const sheetLabel = (kind: SheetKind, input: SheetInput) =>
    options.showFile ? `${input.file}: ${t.sheetNames[kind]}` : t.sheetNames[kind];

  // ---- recognise sheets and their columns
  const tables: Table[] = [];
  for (const input of inputs) {
    const headerIndex = input.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
    const headers = headerIndex >= 0 ? (input.rows[headerIndex] as string[]) : [];
    // A workbook's sheet by its name, else by its headers; a CSV file by its headers, else by its file name.
    const template = input.csv
      ? (templateForHeaders(headers) ?? templateForSheetName(input.name))
      : (templateForSheetName(input.name) ?? templateForHeaders(headers));
    if (!template) {
      if (headerIndex >= 0) {
        issues.push({
          source: input.file,
          code: 'sheet',
          severity: 'warning',
          sheet: options.showFile || input.csv ? input.file : input.name,
          text: t.sheet.unknownSheet(input.name),
        });
      }
      continue;
    }
    const columns = new Map<string, { index: number; header: string }>();
    headers.forEach((header, index) => {
      if (!header.trim()) return;
      const key = headerKey(template, header);
      if (key && !columns.has(key)) columns.set(key, { index, header: header.trim() });
      else if (key) {
        issues.push({
          source: input.file,
          code: 'sheet',
          severity: 'warning',
          sheet: sheetLabel(template.kind, input),
          row: headerIndex + 1,
          column: header.trim(),
          text: t.sheet.repeatedColumn,
        });
      } else {
        // A column the importer does not know would be lost without a word: an error (a warning with
        // --allow-unknown), naming the file, the sheet and the nearest known header ("Emial" → "E-mail").
        issues.push({
          source: input.file,
          code: 'sheet',
          severity: options.allowUnknown ? 'warning' : 'error',
          sheet: `${input.file}: ${t.sheetNames[template.kind]}`,
          row: headerIndex + 1,
          column: header.trim(),
          text: t.sheet.unknownColumn(nearestHeader(template, header), !options.allowUnknown),
        });
      }
    });
    const rows = input.rows
      .map((cells, i) => ({ number: i + 1, cells }))
      .slice(headerIndex + 1)
      .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
    // A value beyond the headers: often a delimiter inside a cell that is not in quotes.
    for (const row of rows) {
      row.cells.forEach((cell, index) => {
        if (cell.trim() && !headers[index]?.trim()) {
          issues.push({
            source: input.file,
            code: 'sheet',
            severity: 'warning',
            sheet: sheetLabel(template.kind, input),
            row: row.number,
            column: columnName(index),
            text: t.sheet.noHeader(cell.trim()),
          });
        }
      });
    }
    const table: Table = { template, input, columns, rows };
    let complete = true;
    for (const column of template.columns) {
      if (column.required && !columns.has(column.key)) {
        complete = false;
        issues.push({
          source: input.file,
          code: 'sheet',
          severity: 'error',
          sheet: sheetLabel(template.kind, input),
          row: headerIndex + 1,
          text: t.sheet.missingColumn(column.header),
        });
      }
    }
    if (complete) tables.push(table);
  }
  const recognised = [...new Set(tables.map((table) => table.template.kind))];
  if (inputs.length > 0 && tables.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({
      source: inputs[0]?.file ?? '',
      code: 'sheet',
      severity: 'error',
      sheet: inputs[0]?.file ?? '',
      text: t.sheet.noSheets,
    });
  }

  // ---- a row and its cells
  class Row {
    constructor(
      readonly table: Table,
      readonly line: number,
      readonly cells: string[],
    ) {}
    get kind(): SheetKind {
      return this.table.template.kind;
    }
    cell(key?: string): Cell {
      const column = key ? this.table.columns.get(key) : undefined;
      return {
        file: this.table.input.file,
        sheet: sheetLabel(this.kind, this.table.input),
        row: this.line,
        column: column?.header ?? (key ? this.table.template.columns.find((c) => c.key === key)?.header : undefined),
      };
    }
    error(key: string | undefined, text: string): void {
      const cell = this.cell(key);
      issues.push({ source: cell.file, code: 'sheet', severity: 'error', ...cell, text });
    }
    raw(key: string): string {
      const column = this.table.columns.get(key);
      return column ? (this.cells[column.index] ?? '').trim() : '';
    }
    text(key: string): string | undefined {
      return this.raw(key) || undefined;
    }
    list(key: string): string[] {
      return this.raw(key)
        .split(/[;\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
    }
    required(key: string): string | undefined {
      const value = this.text(key);
      if (value === undefined) this.error(key, t.sheet.required);
      return value;
    }
    number(key: string, min?: number, max?: number, integer = false): number | undefined {
      const text = this.text(key);
      if (text === undefined) return undefined;
      const value = parseNumber(text);
      if (value === undefined) this.error(key, t.sheet.notNumber(text));
      else if (integer && !Number.isInteger(value)) this.error(key, t.sheet.notInteger(text));
      else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        this.error(key, t.sheet.outOfRange(text, min ?? Number.NEGATIVE_INFINITY, max ?? Number.POSITIVE_INFINITY));
      } else return value;
      return undefined;
    }
    yesNo(key: string): boolean | undefined {
      const text = this.text(key);
      if (text === undefined) return undefined;
      const value = parseYesNo(text);
      if (value === undefined) this.error(key, t.sheet.yesNo(text));
      return value;
    }
    date(key: string, withTime: boolean): string | undefined {
      const text = this.text(key);
      if (text === undefined) return undefined;
      const value = parseDate(text, this.table.input.date1904, withTime);
      if (value === undefined) this.error(key, t.sheet.date(text));
      return value;
    }
    vocab<T extends string>(key: string, vocabulary: Vocabulary): T | undefined {
      const text = this.text(key);
      if (text === undefined) return undefined;
      const code = vocabulary.match(text);
      if (!code) this.error(key, t.sheet.unknownValue(text, vocabulary.suggest(text)));
      return code as T | undefined;
    }
    vocabList<T extends string>(key: string, vocabulary: Vocabulary): T[] {
      const codes: T[] = [];
      for (const item of this.list(key)) {
        const code = vocabulary.match(item);
        if (!code) this.error(key, t.sheet.unknownValue(item, vocabulary.suggest(item)));
        else if (!codes.includes(code as T)) codes.push(code as T);
      }
      return codes;
    }
    pattern(key: string, pattern: RegExp, message: (value: string) => string, pad?: number): string | undefined {
      let text = this.text(key);
      if (text === undefined) return undefined;
      // A number cell loses leading zeros: IČO 03593207 arrives as 3593207.
      if (pad && /^\d+$/.test(text) && text.length < pad) text = text.padStart(pad, '0');
      if (!pattern.test(text)) {
        this.error(key, message(text));
        return undefined;
      }
      return text;
    }
    contact(): ContactInfo | undefined {
      const valid = (ok: boolean, key: string, message: string) => {
        if (!ok) this.error(key, message);
        return ok;
      };
      const email = this.list('email').filter((value) => valid(isValidEmail(value), 'email', t.sheet.email(value)));
      const phone = this.list('phone').filter(
        (value) =>
          valid(isValidPhone(value), 'phone', t.sheet.phone(value)) &&
          valid(!phoneProblem(value), 'phone', t.code['phone-digits']({ value, expected: phoneProblem(value) })),
      );
      const web = this.list('web').filter((value) => valid(safeWebUrl(value) !== null, 'web', t.sheet.web(value)));
      const contact = compact<ContactInfo>({ person: this.text('person'), email, phone, web });
      return Object.keys(contact).length ? contact : undefined;
    }
    address(): Address | undefined {
      const parts = {
        street: this.text('street'),
        number: this.text('number'),
        city: this.text('city'),
        cityPart: this.text('cityPart'),
        postcode: this.pattern('postcode', /^[0-9]{3} ?[0-9]{2}$/, t.sheet.postcode),
        cityCode: this.pattern('cityCode', /^[0-9]{6}$/, t.sheet.cityCode),
        district: this.text('district'),
        region: this.text('region'),
      };
      const filled = Object.values(parts).some((v) => v !== undefined);
      if (!filled) return undefined;
      if (!parts.city) {
        this.error('city', t.sheet.required);
        return undefined;
      }
      const postcode = parts.postcode?.replace(/^(\d{3})(\d{2})$/, '$1 $2');
      return compact<Address>({ ...parts, city: parts.city, postcode });
    }
  }

  /** Records where each value came from, for messages about the finished dataset. */
  const trace = (path: string, row: Row, keys: Record<string, string>) => {
    provenance.set(path, row.cell());
    for (const [field, key] of Object.entries(keys)) provenance.set(`${path}.${field}`, row.cell(key));
  };
  const ADDRESS_TRACE = (prefix: string) =>
    Object.fromEntries(
      ['street', 'number', 'city', 'cityPart', 'postcode', 'cityCode', 'district', 'region'].map((k) => [
        `${prefix}${k}`,
        k,
      ]),
    );
  const CONTACT_TRACE = {
    'contact.person': 'person',
    'contact.email': 'email',
    'contact.phone': 'phone',
    'contact.web': 'web',
  };

  const totalRows = tables.reduce((n, table) => n + table.rows.length, 0);
  const progress = options.progress?.(totalRows);
  let rowsDone = 0;
  /** The rows of a kind of sheet; each one taken counts towards the progress. */
  const byKind = (kind: SheetKind) =>
    tables
      .filter((table) => table.template.kind === kind)
      .flatMap((table) => table.rows.map((r) => new Row(table, r.number, r.cells)));
  const counted = function* (rows: Row[]) {
    for (const row of rows) {
      yield row;
      progress?.update(++rowsDone);
    }
  };

  // ---- the town: ids made from names end with it, so that two towns' files on one page never share an id.
  // (Providers are resolved within their own file, so their ids may repeat.) The area of --meta, else the
  // municipality most of the services' places are in.
  const area = (options.meta as { area?: { name?: unknown } } | undefined)?.area?.name;
  let town = typeof area === 'string' ? slug(area) : '';
  if (!town) {
    const counts = new Map<string, number>();
    for (const row of byKind('services')) {
      const city = row.text('city');
      if (city) counts.set(slug(city), (counts.get(slug(city)) ?? 0) + 1);
    }
    for (const [city, count] of counts) if (count > (counts.get(town) ?? 0)) town = city;
  }

  // ---- providers
  const providers: Provider[] = [];
  const providerIds = new Set<string>();
  const providerRows = new Map<string, number>();
  const providerByKey = new Map<string, string>();
  for (const row of counted(byKind('providers'))) {
    const name = row.required('name');
    if (!name) continue;
    const given = row.text('id');
    if (given && providerRows.has(given)) {
      row.error('id', t.sheet.duplicateId(given, providerRows.get(given) as number));
      continue;
    }
    const id = given ?? makeId(name, providerIds);
    providerIds.add(id);
    providerRows.set(id, row.line);
    const ico = row.pattern('ico', /^[0-9]{8}$/, t.sheet.ico, 8);
    const provider = compact<Provider>({
      id,
      name,
      ico,
      legalForm: row.text('legalForm'),
      address: row.address(),
      contact: row.contact(),
      description: row.text('description'),
    });
    trace(`providers[${providers.length}]`, row, {
      id: 'id',
      name: 'name',
      ico: 'ico',
      legalForm: 'legalForm',
      ...ADDRESS_TRACE('address.'),
      ...CONTACT_TRACE,
      description: 'description',
    });
    providers.push(provider);
    for (const key of [id, normalize(name), ico]) if (key && !providerByKey.has(key)) providerByKey.set(key, id);
  }

  // ---- groups and members
  const groups: Group[] = [];
  const groupIds = new Set<string>();
  const groupByKey = new Map<string, Group>();
  let currentGroup: Group | undefined;
  for (const row of counted(byKind('members'))) {
    const givenId = row.text('groupId');
    const groupName = row.text('groupName');
    let group = givenId ? groupByKey.get(givenId) : groupName ? groupByKey.get(normalize(groupName)) : currentGroup;
    if (!givenId && !groupName && !group) {
      row.error('groupId', t.sheet.noRecordAbove);
      continue;
    }
    const index = group ? groups.indexOf(group) : groups.length;
    if (!group) {
      const kind = row.vocab<Group['kind']>('groupKind', groupKinds);
      const name = row.required('groupName');
      if (!row.text('groupKind')) row.error('groupKind', t.sheet.required);
      if (!kind || !name) {
        currentGroup = undefined;
        continue;
      }
      const id = givenId ?? makeId(name, groupIds, town);
      groupIds.add(id);
      group = compact<Group>({
        id,
        kind,
        name,
        targetGroups: row.vocabList<TargetGroupCode>('groupTargetGroups', targetGroups),
        description: row.text('groupDescription'),
        meetings: row.text('meetings'),
        nextMeeting: row.date('nextMeeting', true),
        howToJoin: row.text('howToJoin'),
      });
      trace(`groups[${index}]`, row, {
        id: 'groupId',
        kind: 'groupKind',
        name: 'groupName',
        targetGroups: 'groupTargetGroups',
        description: 'groupDescription',
        meetings: 'meetings',
        nextMeeting: 'nextMeeting',
        howToJoin: 'howToJoin',
      });
      groups.push(group);
      groupByKey.set(id, group);
      groupByKey.set(normalize(name), group);
    }
    currentGroup = group;
    const memberName = row.text('name');
    if (!memberName) continue;
    const email = row.text('email');
    const phone = row.text('phone');
    if (email && !isValidEmail(email)) row.error('email', t.sheet.email(email));
    if (phone && !isValidPhone(phone)) row.error('phone', t.sheet.phone(phone));
    else if (phone && phoneProblem(phone)) {
      row.error('phone', t.code['phone-digits']({ value: phone, expected: phoneProblem(phone) }));
    }
    const member = compact<Member>({
      id: row.text('memberId'),
      name: memberName,
      function: row.text('function'),
      organisation: row.text('organisation'),
      role: row.vocab<Member['role'] & string>('role', roles),
      side: row.vocab<Member['side'] & string>('side', triadSides),
      email: email && isValidEmail(email) ? email : undefined,
      phone: phone && isValidPhone(phone) && !phoneProblem(phone) ? phone : undefined,
    });
    group.members ??= [];
    trace(`groups[${index}].members[${group.members.length}]`, row, {
      id: 'memberId',
      name: 'name',
      function: 'function',
      organisation: 'organisation',
      role: 'role',
      side: 'side',
      email: 'email',
      phone: 'phone',
    });
    group.members.push(member);
  }

  // ---- services
  const services: Service[] = [];
  const serviceIds = new Set<string>();
  const serviceRows = new Map<string, number>();
  const serviceByKey = new Map<string, string>();
  const providersImported = recognised.includes('providers');
  let currentService: Service | undefined;
  const location = (row: Row, service: Service, index: number) => {
    if (!LOCATION_KEYS.some((key) => row.raw(key))) {
      // What a place is, without a place: nothing to give it to.
      if (row.raw('locationRole')) row.error('locationRole', t.sheet.roleWithoutPlace);
      return;
    }
    const lat = row.number('lat');
    const lon = row.number('lon');
    let coordinates: { lat?: number; lon?: number } = { lat, lon };
    const problem = coordinateProblem(lat, lon);
    if (problem) {
      row.error(problem.code === 'incomplete-coordinates' ? problem.expected : 'lat', t.code[problem.code](problem));
      coordinates = {};
    }
    const hidden = row.yesNo('hidden');
    const address = row.address();
    const place = compact<ServiceLocation>({
      name: row.text('locationName'),
      address,
      lat: coordinates.lat,
      lon: coordinates.lon,
      role: row.vocab<NonNullable<ServiceLocation['role']>>('locationRole', locationRoles),
      hidden: hidden || undefined,
    });
    if (Object.keys(place).length === 0) return;
    service.locations ??= [];
    trace(`services[${index}].locations[${service.locations.length}]`, row, {
      name: 'locationName',
      ...ADDRESS_TRACE('address.'),
      lat: 'lat',
      lon: 'lon',
      role: 'locationRole',
      hidden: 'hidden',
    });
    service.locations.push(place);
  };
  for (const row of counted(byKind('services'))) {
    const givenId = row.text('id');
    const name = row.text('name');
    if (!name) {
      // Another place of a service: the same id, or an empty id right below it.
      const base = givenId ? services.find((s) => s.id === givenId) : currentService;
      if (base) {
        location(row, base, services.indexOf(base));
        continue;
      }
      if (givenId) row.error('name', t.sheet.required);
      else row.error('name', t.sheet.noRecordAbove);
      continue;
    }
    if (givenId && serviceRows.has(givenId)) {
      row.error('id', t.sheet.duplicateId(givenId, serviceRows.get(givenId) as number));
      currentService = undefined;
      continue;
    }
    const id = givenId ?? makeId(name, serviceIds, town);
    serviceIds.add(id);
    serviceRows.set(id, row.line);
    const type = row.vocab<ServiceTypeCode>('type', serviceTypes);
    if (!row.text('type')) row.error('type', t.sheet.required);
    let providerId: string | undefined;
    const providerText = row.text('provider');
    if (providerText) {
      providerId = providerByKey.get(providerText) ?? providerByKey.get(normalize(providerText));
      if (!providerId && providersImported) row.error('provider', t.sheet.unknownProvider(providerText));
      if (!providersImported) providerId = providerText;
    }
    const ageFrom = row.number('ageFrom', 0, 130, true);
    const ageTo = row.number('ageTo', 0, 130, true);
    const capacity: Capacity[] = [];
    for (const item of row.list('capacity')) {
      const parsed = parseCapacity(item);
      if (parsed) capacity.push(parsed);
      else row.error('capacity', t.sheet.capacity(item));
    }
    const free = row.yesNo('free');
    const accessText = row.text('access');
    const access = accessText ? parseAccess(accessText) : undefined;
    if (accessText && !access) row.error('access', t.sheet.access(accessText));
    const languages: string[] = [];
    for (const item of row.list('languages').flatMap((item) => item.split(','))) {
      const code = languageCode(item);
      if (!item.trim()) continue;
      if (code) {
        if (!languages.includes(code)) languages.push(code);
      } else row.error('languages', t.sheet.language(item.trim()));
    }
    const feeText = row.text('feeKind');
    const feeKind = feeText ? parseFeeKind(feeText) : undefined;
    if (feeText && !feeKind) row.error('feeKind', t.sheet.feeKind(feeText));
    const availabilityText = row.text('availability');
    const availabilityStatus = availabilityText ? parseAvailability(availabilityText) : undefined;
    if (availabilityText && !availabilityStatus) row.error('availability', t.sheet.availability(availabilityText));
    const availabilityDate = row.date('availabilityDate', false);
    if (availabilityStatus && !availabilityDate) row.error('availabilityDate', t.sheet.availabilityDate);
    const openingHours = row.list('openingHours');
    // Plain lines that read cleanly ("Po–Pá 8:00–16:00") also become hours the catalogue tells "open now" by.
    const hours = openingHours.length ? parseOpeningHours(openingHours) : undefined;
    const service = compact<Service>({
      id,
      providerId,
      name,
      type: type as ServiceTypeCode,
      forms: row.vocabList<Form>('forms', forms),
      targetGroups: row.vocabList<TargetGroupCode>('targetGroups', targetGroups),
      ageRange: compact({ from: ageFrom, to: ageTo }),
      capacity,
      municipalities: row.list('municipalities'),
    });
    const index = services.length;
    // Places come before the contact, in the schema's order of keys.
    location(row, service, index);
    Object.assign(
      service,
      compact({
        contact: row.contact(),
        openingHours,
        hours: hours ? [hours] : undefined,
        fee: compact({ free, kind: feeKind, note: row.text('feeNote') }),
        accessibility: access ? { level: access } : undefined,
        languages,
        verified: row.date('verified', false),
        availability:
          availabilityStatus && availabilityDate ? { status: availabilityStatus, date: availabilityDate } : undefined,
        description: row.text('description'),
        keywords: row.list('keywords'),
      }),
    );
    trace(`services[${index}]`, row, {
      id: 'id',
      providerId: 'provider',
      name: 'name',
      type: 'type',
      forms: 'forms',
      targetGroups: 'targetGroups',
      ageRange: 'ageFrom',
      'ageRange.from': 'ageFrom',
      'ageRange.to': 'ageTo',
      capacity: 'capacity',
      municipalities: 'municipalities',
      ...CONTACT_TRACE,
      openingHours: 'openingHours',
      fee: 'free',
      'fee.note': 'feeNote',
      hours: 'openingHours',
      accessibility: 'access',
      'accessibility.level': 'access',
      languages: 'languages',
      verified: 'verified',
      'fee.kind': 'feeKind',
      availability: 'availability',
      'availability.status': 'availability',
      'availability.date': 'availabilityDate',
      description: 'description',
      keywords: 'keywords',
    });
    if (!type) {
      currentService = undefined;
      continue;
    }
    services.push(service);
    currentService = service;
    for (const key of [id, normalize(name)]) if (!serviceByKey.has(key)) serviceByKey.set(key, id);
  }

  // ---- plans
  const plans: Plan[] = [];
  const planIds = new Set<string>();
  const planByKey = new Map<string, Plan>();
  const servicesImported = recognised.includes('services');
  const groupsImported = recognised.includes('members');
  let currentPlan: Plan | undefined;
  type Level = 'priority' | 'measure' | 'activity';
  const itemsByPlan = new Map<Plan, { item: PlanItem; level: Level; path: string }[]>();
  for (const row of counted(byKind('plan'))) {
    const givenId = row.text('planId');
    const title = row.text('planTitle');
    let plan = givenId ? planByKey.get(givenId) : title ? planByKey.get(normalize(title)) : currentPlan;
    if (!plan && !givenId && !title) {
      row.error('planId', t.sheet.noRecordAbove);
      continue;
    }
    if (!plan) {
      const planTitle = row.required('planTitle');
      const from = row.number('periodFrom', 1990, 2100, true);
      const to = row.number('periodTo', 1990, 2100, true);
      if (!row.text('periodFrom')) row.error('periodFrom', t.sheet.required);
      if (!row.text('periodTo')) row.error('periodTo', t.sheet.required);
      if (!planTitle || from === undefined || to === undefined) {
        currentPlan = undefined;
        continue;
      }
      const id = givenId ?? makeId(planTitle, planIds, town);
      planIds.add(id);
      const body = row.text('approvedBy');
      const approvalDate = row.date('approvalDate', false);
      const resolution = row.text('resolution');
      if (!body && (approvalDate || resolution)) row.error('approvedBy', t.sheet.required);
      const documentUrl = row.text('documentUrl');
      if (documentUrl && safeWebUrl(documentUrl) === null) row.error('documentUrl', t.sheet.web(documentUrl));
      plan = compact<Plan>({
        id,
        title: planTitle,
        period: { from, to },
        approval: body ? compact({ body, date: approvalDate, resolution }) : undefined,
        documentUrl: documentUrl && safeWebUrl(documentUrl) ? documentUrl : undefined,
        vision: row.text('vision'),
      });
      trace(`plans[${plans.length}]`, row, {
        id: 'planId',
        title: 'planTitle',
        period: 'periodFrom',
        'period.from': 'periodFrom',
        'period.to': 'periodTo',
        approval: 'approvedBy',
        'approval.body': 'approvedBy',
        'approval.date': 'approvalDate',
        'approval.resolution': 'resolution',
        documentUrl: 'documentUrl',
        vision: 'vision',
      });
      plans.push(plan);
      planByKey.set(id, plan);
      planByKey.set(normalize(planTitle), plan);
      itemsByPlan.set(plan, []);
    }
    currentPlan = plan;
    if (!row.text('code') && !row.text('title')) continue;
    const code = row.required('code');
    const itemTitle = row.required('title');
    if (!code || !itemTitle) continue;
    const levelText = row.text('level');
    const parts = code.split(/[.\s/]+/).filter(Boolean);
    let level: Level = parts.length <= 1 ? 'priority' : parts.length === 2 ? 'measure' : 'activity';
    if (levelText) {
      const key = normalize(levelText);
      const found = (['priority', 'measure', 'activity'] as const).find(
        (l) => l === key || LEVEL_NAMES[l].includes(key),
      );
      if (found) level = found;
      else row.error('level', t.sheet.unknownValue(levelText));
    }
    let groupId: string | undefined;
    const groupText = row.text('groupId');
    if (groupText) {
      groupId = groupByKey.get(groupText)?.id ?? groupByKey.get(normalize(groupText))?.id;
      if (!groupId && groupsImported) row.error('groupId', t.sheet.unknownGroup(groupText));
      if (!groupsImported) groupId = groupText;
    }
    const ids: string[] = [];
    for (const text of row.list('serviceIds')) {
      const id = serviceByKey.get(text) ?? serviceByKey.get(normalize(text));
      if (id) ids.push(id);
      else if (servicesImported) row.error('serviceIds', t.sheet.unknownService(text));
      else ids.push(text);
    }
    const amount = row.number('budget', 0);
    const sources: { name: string; amount?: number }[] = [];
    for (const text of row.list('sources')) {
      const match = /^(.*?)[\s:–-]*?(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*(?:Kč|CZK|,-)?\s*$/.exec(text);
      const name = (match ? match[1] : text)?.replace(/[\s:–-]+$/, '').trim();
      if (!name) {
        row.error('sources', t.sheet.budgetSource(text));
        continue;
      }
      sources.push(compact({ name, amount: match ? parseNumber(match[2] as string) : undefined }));
    }
    const item = compact<PlanItem>({
      code,
      title: itemTitle,
      description: row.text('description'),
      targetGroups: row.vocabList<TargetGroupCode>('targetGroups', targetGroups),
      groupId,
      responsible: row.text('responsible'),
      partners: row.list('partners'),
      timeframe: compact({ from: row.number('from', 1990, 2100, true), to: row.number('to', 1990, 2100, true) }),
      budget: amount !== undefined || sources.length ? compact({ amount, currency: 'CZK', sources }) : undefined,
      status: row.vocab<PlanItem['status'] & string>('status', planStatuses),
      progress: row.number('progress', 0, 100),
      serviceIds: ids,
    });
    const items = itemsByPlan.get(plan) as { item: PlanItem; level: Level; path: string }[];
    const planIndex = plans.indexOf(plan);
    let path: string;
    if (level === 'priority') {
      plan.priorities ??= [];
      path = `plans[${planIndex}].priorities[${plan.priorities.length}]`;
      plan.priorities.push(item as Priority);
    } else {
      // The parent by code ("1.2" for "1.2.3"), else the last priority (measure) above.
      const candidates = items.filter((entry) => entry.level === (level === 'measure' ? 'priority' : 'measure'));
      const parentCode = parts.slice(0, -1).join('.');
      const parent = candidates.find((entry) => entry.item.code === parentCode) ?? candidates.at(-1);
      if (!parent) {
        row.error('code', t.sheet.noParent(t.sheet.level[level] ?? level));
        continue;
      }
      if (level === 'measure') {
        const priority = parent.item as Priority;
        priority.measures ??= [];
        path = `${parent.path}.measures[${priority.measures.length}]`;
        priority.measures.push(item as Measure);
      } else {
        const measure = parent.item as Measure;
        measure.activities ??= [];
        path = `${parent.path}.activities[${measure.activities.length}]`;
        measure.activities.push(item);
      }
    }
    items.push({ item, level, path });
    trace(path, row, {
      code: 'code',
      title: 'title',
      description: 'description',
      targetGroups: 'targetGroups',
      groupId: 'groupId',
      responsible: 'responsible',
      partners: 'partners',
      timeframe: 'from',
      'timeframe.from': 'from',
      'timeframe.to': 'to',
      budget: 'budget',
      'budget.amount': 'budget',
      'budget.sources': 'sources',
      status: 'status',
      progress: 'progress',
      serviceIds: 'serviceIds',
    });
  }

  progress?.finish();

  // ---- the dataset, checked as `validate` checks it
  let dataset: KpssDataset = {};
  if (options.meta !== undefined) dataset.meta = options.meta as KpssDataset['meta'];
  if (recognised.includes('providers')) dataset.providers = providers;
  if (recognised.includes('services')) dataset.services = services;
  if (recognised.includes('members')) dataset.groups = groups;
  if (recognised.includes('plan')) dataset.plans = plans;

  let removed: SheetImportResult['removed'] = [];
  if (options.redactHidden) {
    const redacted = redactHiddenLocations(dataset);
    dataset = redacted.dataset;
    removed = redacted.removed.map((field) => ({ ...field, cell: locate(provenance, field) }));
  }
  const checked = validateDataset(dataset, options.source);
  const found = [
    ...checked.issues.map((issue) => fromDataIssue(issue, options.allowUnknown)),
    ...semanticIssues(dataset, options.source, reportedBy(checked.issues)),
  ];
  for (const issue of found) {
    const cell = locate(provenance, issue);
    issues.push(cell ? { ...issue, sheet: cell.sheet, row: cell.row, column: cell.column } : issue);
  }
  return { dataset, issues, recognised, removed };
}

/** The cell a dataset path came from: the longest traced prefix of "services[3].locations[0].lat". */
function locate(
  provenance: Map<string, Cell>,
  issue: { section?: string; index?: number; field?: string },
): Cell | undefined {
  if (!issue.section || issue.index === undefined) return undefined;
  let path = `${issue.section === 'plans' ? 'plans' : issue.section}[${issue.index}]${issue.field ? `.${issue.field}` : ''}`;
  for (;;) {
    const cell = provenance.get(path);
    if (cell) return cell;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return undefined;
    path = path.slice(0, cut);
  }
}

/** "20 lůžek", "12 klientů ambulantní", "5 kontaktů (terénní)". */
function parseCapacity(text: string): Capacity | undefined {
  const match = /^(\d[\d\s\u00a0]*)\s*(.*)$/.exec(text.trim());
  if (!match) return undefined;
  const count = Number((match[1] as string).replace(/\s/g, ''));
  const words = (match[2] as string).replace(/[()]/g, ' ').trim().split(/\s+/).filter(Boolean);
  for (let k = words.length; k >= 1; k--) {
    const unit = capacityUnits.match(words.slice(0, k).join(' '));
    if (!unit) continue;
    const formText = words.slice(k).join(' ');
    if (!formText) return { count, unit: unit as Capacity['unit'] };
    const form = forms.match(formText);
    return form ? { count, unit: unit as Capacity['unit'], form: form as Form } : undefined;
  }
  return undefined;
}

/** "ano", "částečně", "ne" (or the schema's codes) → the accessibility level. */
function parseAccess(text: string): AccessibilityLevel | undefined {
  const key = fold(text).trim();
  if (/^(?:ano|a|yes|full|plne|bezbarierovy|bezbarierove)$/.test(key)) return 'full';
  if (/^(?:castecne|castecny|castecna|partial|partly)$/.test(key)) return 'partial';
  if (/^(?:ne|n|no|none|bariery)$/.test(key)) return 'none';
  return undefined;
}

/** "bezplatně", "za úhradu", "podle ceníku" (or the schema's codes) → the fee's kind. */
function parseFeeKind(text: string): FeeKind | undefined {
  const key = fold(text).trim();
  if (/^(?:bezplatne|zdarma|free)$/.test(key)) return 'free';
  if (/^(?:za uhradu|placena|placene|paid)$/.test(key)) return 'paid';
  if (/^(?:podle ceniku|dle ceniku|cenik|za uhradu podle ceniku|pricelist)$/.test(key)) return 'priceList';
  return undefined;
}

/** "ano", "pořadník", "plno" (or the schema's codes) → the stated free places. */
function parseAvailability(text: string): AvailabilityStatus | undefined {
  const key = fold(text).trim();
  if (/^(?:ano|volna mista|volno|available)$/.test(key)) return 'available';
  if (/^(?:poradnik|cekaci listina|waitlist)$/.test(key)) return 'waitlist';
  if (/^(?:plno|ne|kapacita naplnena|full)$/.test(key)) return 'full';
  return undefined;
}

/** Names of languages as Czech sheets write them → ISO 639 codes; a code itself is taken as it is. */
const LANGUAGE_NAMES: Record<string, string> = {
  cestina: 'cs',
  cesky: 'cs',
  slovenstina: 'sk',
  slovensky: 'sk',
  ukrajinstina: 'uk',
  ukrajinsky: 'uk',
  anglictina: 'en',
  anglicky: 'en',
  nemcina: 'de',
  nemecky: 'de',
  rustina: 'ru',
  rusky: 'ru',
  vietnamstina: 'vi',
  vietnamsky: 'vi',
  polstina: 'pl',
  polsky: 'pl',
  romstina: 'rom',
  romsky: 'rom',
  'cesky znakovy jazyk': 'cse',
  'znakovy jazyk': 'cse',
  czj: 'cse',
};

function languageCode(text: string): string | undefined {
  const key = fold(text).trim().replace(/\s+/g, ' ');
  return LANGUAGE_NAMES[key] ?? (/^[a-z]{2,3}$/.test(key) ? key : undefined);
}
