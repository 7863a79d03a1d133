/**
 * Validation of KPSS datasets against data/schema/kpss-dataset.schema.json.
 *
 * The schema is the single contract: this module interprets the subset of
 * JSON Schema 2020-12 the schema uses (type, enum, required, properties,
 * items, allOf, $ref, bounds, pattern, format) instead of restating the rules
 * in code. A record with a broken required field is left out; a broken
 * optional value is dropped from its record; each is reported as an issue
 * naming the file, section, record and field.
 *
 * Over 400 lines: one interpreter of the schema's subset and the checks a schema cannot say (hidden places,
 * values that are no information), sharing the walk over records; the words of issues are in strings/.
 */
import schemaJson from '../../data/schema/kpss-dataset.schema.json';
import { redactHiddenService } from './hidden.js';
import { isValidEmail, isValidPhone, isWebUrl } from './safe-url.js';
import type { KpssDataset } from './types.js';

/** What can be wrong with a value or record. */
export const ISSUE_CODES = [
  'not-object',
  'not-array',
  'required',
  'type',
  'enum',
  'format',
  'range',
  'pattern',
  'length',
  'duplicate-id',
  'unknown-reference',
  /** A hidden location (a shelter) carries what could reveal the place: its name, street, number, postcode, coordinates. */
  'hidden-address',
  /** Another file has a record of the same section with the same id (found when datasets are merged). */
  'id-in-several-files',
  /** A whole value that is no information: error text of a program ("#N/A", "Traceback…"), a placeholder ("null", "-") or blank. */
  'not-information',
  /** A key the schema does not know at that point ("telefon", "opening_hours", "Emial"); `expected` is the nearest known name. */
  'unknown-field',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in a dataset. */
export interface DataIssue {
  /** File (URL) or "inline" the record came from. */
  source: string;
  /** Section of the dataset: meta, providers, services, groups, plans. */
  section?: string;
  /** Position of the record in its section. */
  index?: number;
  /** The record's id, when it has one. */
  recordId?: string;
  /** Path of the field inside the record, e.g. "locations[1].lat". */
  field?: string;
  code: IssueCode;
  /** The offending value, shortened, as text. */
  value?: string;
  /** Allowed values or the expected type/format; for an unknown field, the nearest known name, if one is near. */
  expected?: string;
  /** For an id used in several files: the file whose record has it too. */
  otherSource?: string;
  /**
   * What happened: the record was left out, the value ignored, nothing
   * (kept), or both records with the same id are kept apart (kept-apart).
   */
  outcome: 'record-left-out' | 'value-ignored' | 'kept' | 'kept-apart';
}

export const SECTIONS = ['providers', 'services', 'groups', 'plans'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
}

const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

/** The schema's node for one record of each section, and for the whole document (no section). */
export const recordSchema = (section?: Section | 'meta'): SchemaNode => (section ? RECORD_SCHEMAS[section] : schema);

/**
 * Finds the known name nearest to an unknown key ("telefon" → "phone"),
 * for an issue's `expected`. Installed by field-names.ts: the tool has it
 * always, the widgets load it only when data has an unknown key.
 */
let suggestField: ((issue: DataIssue) => string | undefined) | undefined;

export function useFieldSuggestions(suggest: ((issue: DataIssue) => string | undefined) | undefined): void {
  suggestField = suggest;
}

/** Schema of one record of each section. */
const RECORD_SCHEMAS: Record<Section | 'meta', SchemaNode> = {
  meta: schema.$defs.Meta as SchemaNode,
  providers: schema.$defs.Provider as SchemaNode,
  services: schema.$defs.Service as SchemaNode,
  groups: schema.$defs.Group as SchemaNode,
  plans: schema.$defs.Plan as SchemaNode,
};

/** The keys of a dataset document: the sections and $schema. */
const ROOT_KEYS = new Set(Object.keys(schema.properties ?? {}));

type Path = (string | number)[];

interface SchemaError {
  path: Path;
  /** The deepest part of the record that can be removed to get rid of the error; [] is the record. */
  removable: Path;
  code: IssueCode;
  value: unknown;
  expected?: string;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  email: isValidEmail,
  phone: isValidPhone,
  'web-url': isWebUrl,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  'date-or-datetime': (value) =>
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value.replace(' ', 'T'))),
};

/** Tests for the scalar types a node may name (numbers must be finite: data from a script may hold NaN). */
const IS_TYPE: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
};

/** The node a reference points to (the node itself if it is none); `#/$defs/Plan` or, in the browser's copy, `Plan`. */
export function resolve(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  const target = schema.$defs[name];
  if (!target) throw new Error(`Unknown schema reference ${node.$ref}`);
  return resolve(target);
}

/**
 * Where the check is: a path stack pushed and popped as it descends, so a
 * valid record costs no allocation; paths are copied only for errors.
 */
interface Context {
  path: Path;
  /** Length of the path prefix that can be removed to get rid of an error here (0: the record). */
  removable: number;
  errors: SchemaError[];
}

type Check = (value: unknown, ctx: Context) => void;

function fail(ctx: Context, value: unknown, code: IssueCode, expected?: string): void {
  ctx.errors.push({ path: [...ctx.path], removable: ctx.path.slice(0, ctx.removable), code, value, expected });
}

/** Checks by node: closed (an unknown key is reported) and open (an allOf part: the node including it knows more keys). */
const compiled = { closed: new Map<SchemaNode, Check>(), open: new Map<SchemaNode, Check>() };
/** Nodes being compiled: a reference back to one of them (a recursive schema) is looked up when checking. */
const compiling = { closed: new Set<SchemaNode>(), open: new Set<SchemaNode>() };

/** Turns a schema node into a checking function once; datasets of 15,000 services are checked fast. */
function compile(nodeIn: SchemaNode, open = false): Check {
  const node = resolve(nodeIn);
  const done = open ? compiled.open : compiled.closed;
  const busy = open ? compiling.open : compiling.closed;
  const known = done.get(node);
  if (known) return known;
  if (busy.has(node)) return (value, ctx) => (done.get(node) as Check)(value, ctx);
  busy.add(node);
  const check = compileNode(node, open);
  busy.delete(node);
  done.set(node, check);
  return check;
}

/** The keys an object node knows: its properties and those of the nodes it includes (allOf). */
export function knownKeys(node: SchemaNode): string[] {
  return [...Object.keys(node.properties ?? {}), ...(node.allOf ?? []).flatMap((part) => knownKeys(resolve(part)))];
}

/** Whether a string has a character other than white space (a required text isn't blank). */
const NOT_BLANK = /\S/;

/** Whether a text has nothing but white space; most start with a letter, decided without the regular expression. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  // No white space between "!" and U+009F, nor between U+00A1 and U+167F.
  if ((first > 32 && first < 160) || (first > 160 && first < 0x1680)) return false;
  return !NOT_BLANK.test(value);
}

/**
 * A whole value that says nothing: a spreadsheet's or a program's error
 * ("#N/A", "#REF!", "CHYBA: 'NoneType' object…", "Traceback…", "Error: …",
 * "Err:502", "KeyError: 'lat'"), a placeholder a script wrote for a missing
 * value ("null", "undefined", "None", "NaN", "N/A", "-", "—") or white space
 * only. Text that merely contains such words is information ("Chyba v dávce?
 * Poradíme.", "N/A" inside a sentence). Every alternative starts with a fixed
 * word, so most values are rejected at their first letter.
 */
const NOT_INFORMATION =
  /^\s*(?:(?:null|undefined|none|nan|n\/a|#n\/a|#[a-z][a-z\d/]*[!?]|[-–—]+|\[object \w+\])?\s*$|(?:chyba|err(?:or)?|exception|(?:type|value|key|index|attribute|name|reference|syntax|range|runtime)error)\s*(?:\d+\s*)?:|traceback\b|'?nonetype\b)/i;

/** Whether a string value is no information (see NOT_INFORMATION). */
export const isNotInformation = (value: string): boolean => NOT_INFORMATION.test(value);

/** The keywords each kind of node may use; the validator knows no others. */
const KEYWORDS: Record<string, readonly string[]> = {
  enum: ['enum'],
  string: ['type', 'minLength', 'maxLength', 'pattern', 'format'],
  number: ['type', 'minimum', 'maximum'],
  integer: ['type', 'minimum', 'maximum'],
  boolean: ['type'],
  union: ['type'],
  array: ['type', 'items', 'minItems'],
  object: ['type', 'properties', 'required', 'allOf'],
};

/** Keys that explain a schema node without adding a rule. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', '$comment', '$schema', '$id']);

/** The kind of check a node gets: its enumeration, its union of types, or its type. */
const kindOf = (node: SchemaNode) => (node.enum ? 'enum' : Array.isArray(node.type) ? 'union' : node.type);

/**
 * Where the schema says what the validator would not check: a keyword it does
 * not know (a rule silently ignored), a format or type it has no test for, or
 * rules beside a reference (the reference replaces its node). A mistake in the
 * schema, which the tests look for (test/core/contract.test.ts); the elements
 * never ask, so their bundle leaves this out.
 */
export function unsupportedSchemaNodes(
  document: SchemaNode & { $defs?: Record<string, SchemaNode> } = schema,
): string[] {
  const found: string[] = [];
  const visit = (node: SchemaNode, at: string): void => {
    const kind = kindOf(node);
    const keywords = node.$ref ? ['$ref'] : kind ? KEYWORDS[kind] : undefined;
    if (
      !keywords ||
      Object.keys(node).some((key) => !keywords.includes(key) && !ANNOTATIONS.has(key)) ||
      (node.format && !FORMATS[node.format]) ||
      (kind === 'union' && !(node.type as string[]).every((type) => IS_TYPE[type]))
    ) {
      found.push(at);
    }
    if (node.$ref) return;
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${at}/properties/${key}`);
    if (node.items) visit(node.items, `${at}/items`);
    for (const [i, part] of (node.allOf ?? []).entries()) visit(part, `${at}/allOf/${i}`);
  };
  const { $defs, ...root } = document;
  visit(root, '#');
  for (const [name, node] of Object.entries($defs ?? {})) visit(node, `#/$defs/${name}`);
  return found;
}

/** Each kind of node gets a small check of its own (unsupportedSchemaNodes() tells what it cannot check). */
function compileNode(node: SchemaNode, open: boolean): Check {
  const kind = kindOf(node);
  switch (kind) {
    case 'enum': {
      const allowed = new Set(node.enum);
      const expected = (node.enum as unknown[]).join(', ');
      return (value, ctx) => {
        if (!allowed.has(value)) fail(ctx, value, 'enum', expected);
      };
    }
    case 'union': {
      const types = node.type as string[];
      const tests = types.map((type) => IS_TYPE[type]);
      const expected = types.join(' | ');
      return (value, ctx) => {
        if (!tests.some((test) => (test as (value: unknown) => boolean)(value))) fail(ctx, value, 'type', expected);
        else if (typeof value === 'string' && isNotInformation(value)) fail(ctx, value, 'not-information');
      };
    }
    case 'boolean':
      return (value, ctx) => {
        if (typeof value !== 'boolean') fail(ctx, value, 'type', 'boolean');
      };
    case 'string': {
      const { minLength, maxLength } = node;
      const pattern = node.pattern ? new RegExp(node.pattern, 'u') : undefined;
      const format = node.format ? FORMATS[node.format] : undefined;
      return (value, ctx) => {
        if (typeof value !== 'string') return fail(ctx, value, 'type', 'string');
        const tooShort = minLength === 1 ? isBlank(value) : minLength !== undefined && value.trim().length < minLength;
        if (tooShort || (maxLength !== undefined && value.length > maxLength)) return fail(ctx, value, 'length');
        if (isNotInformation(value)) return fail(ctx, value, 'not-information');
        if (pattern && !pattern.test(value)) return fail(ctx, value, 'pattern');
        if (format && !format(value)) fail(ctx, value, 'format', node.format);
      };
    }
    case 'number':
    case 'integer': {
      const { minimum, maximum } = node;
      const isType = IS_TYPE[kind] as (value: unknown) => boolean;
      return (value, ctx) => {
        if (!isType(value)) return fail(ctx, value, 'type', kind);
        const number = value as number;
        if (minimum !== undefined && number < minimum) return fail(ctx, value, 'range', `≥ ${minimum}`);
        if (maximum !== undefined && number > maximum) fail(ctx, value, 'range', `≤ ${maximum}`);
      };
    }
    case 'array': {
      const items = node.items ? compile(node.items) : undefined;
      const { minItems } = node;
      return (value, ctx) => {
        if (!Array.isArray(value)) return fail(ctx, value, 'type', 'array');
        if (minItems !== undefined && value.length < minItems) return fail(ctx, value, 'length');
        if (!items) return;
        const saved = ctx.removable;
        const path = ctx.path;
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          ctx.removable = path.length;
          items(value[i], ctx);
          path.pop();
        }
        ctx.removable = saved;
      };
    }
    default: {
      const parts = (node.allOf ?? []).map((part) => compile(part, true));
      const known = new Set(knownKeys(node));
      const required = node.required ?? [];
      const entries = Object.entries(node.properties ?? {});
      const keys = entries.map(([key]) => key);
      const checks = entries.map(([, child]) => compile(child));
      const optional = keys.map((key) => !required.includes(key));
      return (value, ctx) => {
        for (let i = 0; i < parts.length; i++) (parts[i] as Check)(value, ctx);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return fail(ctx, value, 'type', 'object');
        }
        const record = value as Record<string, unknown>;
        const path = ctx.path;
        for (const key of required) {
          if (record[key] === undefined || record[key] === null) {
            ctx.errors.push({
              path: [...path, key],
              removable: path.slice(0, ctx.removable),
              code: 'required',
              value: undefined,
            });
          }
        }
        // A key the schema does not know ("telefon", "Emial"): reported (with the nearest known name) and
        // left out of the record kept, as any ignored value.
        if (!open) {
          for (const key of Object.keys(record)) {
            if (known.has(key) || key.startsWith('$')) continue;
            const where = [...path, key];
            ctx.errors.push({ path: where, removable: where, code: 'unknown-field', value: record[key] });
          }
        }
        const saved = ctx.removable;
        for (let i = 0; i < keys.length; i++) {
          const field = record[keys[i] as string];
          if (field === undefined) continue;
          path.push(keys[i] as string);
          if (optional[i]) ctx.removable = path.length;
          (checks[i] as Check)(field, ctx);
          path.pop();
          ctx.removable = saved;
        }
      };
    }
  }
}

export function formatPath(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

function shorten(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    // JSON has no form for a function or a symbol (undefined then).
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // Data given by a script may hold what JSON can't write: a BigInt, a loop, nesting too deep.
    text = typeof value === 'bigint' ? String(value) : Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Removes the value at a path (array elements are spliced out) from a copy of
 * a record: the objects and arrays on the path are copied once (`copies`),
 * the rest is shared with the input, which is never modified. No deep clone,
 * so nesting 100,000 levels deep, a loop or a BigInt in a script's data can't break it.
 */
function removeAt(root: Record<string, unknown>, path: Path, copies: Set<unknown>): void {
  let parent: Record<string | number, unknown> = root;
  for (const part of path.slice(0, -1)) {
    let child = parent[part];
    if (!copies.has(child)) {
      child = Array.isArray(child) ? [...child] : { ...(child as object) };
      copies.add(child);
      parent[part] = child;
    }
    parent = child as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
}

/** Sorts paths so that removing them one after another never shifts a later one. */
function comparePathsForRemoval(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : 0;
    }
  }
  return b.length - a.length;
}

function recordId(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Validates one record against its section's schema. Returns the record to
 * keep — the original when valid, a repaired copy without the invalid
 * optional values otherwise — or undefined when it must be left out.
 */
function validateRecord(
  section: Section | 'meta',
  record: unknown,
  index: number | undefined,
  source: string,
  issues: DataIssue[],
): unknown {
  const ctx: Context = { path: [], removable: 0, errors: [] };
  compile(RECORD_SCHEMAS[section])(record, ctx);
  const errors = ctx.errors;
  if (errors.length === 0) return record;
  const leftOut = errors.some((error) => error.removable.length === 0);
  const id = recordId(record);
  for (const error of errors) {
    const issue: DataIssue = {
      source,
      section,
      index,
      recordId: id,
      // (An unknown key may be the empty string, a spreadsheet column without a header.)
      field: formatPath(error.path) || (error.path.length ? '""' : undefined),
      code: error.path.length === 0 && error.code === 'type' ? 'not-object' : error.code,
      value: shorten(error.value),
      expected: error.expected,
      outcome: leftOut ? 'record-left-out' : 'value-ignored',
    };
    if (error.code === 'unknown-field') issue.expected = suggestField?.(issue);
    issues.push(issue);
  }
  if (leftOut) return undefined;
  const seen = new Set<string>();
  const removals = errors
    .map((error) => error.removable)
    .filter((path) => {
      const key = JSON.stringify(path);
      return !seen.has(key) && seen.add(key);
    })
    .sort(comparePathsForRemoval);
  // The input may belong to the page's script (the data property): repair a copy.
  const copy = { ...(record as Record<string, unknown>) };
  const copies = new Set<unknown>([copy]);
  for (const path of removals) removeAt(copy, path, copies);
  // Removing an item can leave its list too short (a synonym group of one word): check the copy too.
  return validateRecord(section, copy, index, source, issues);
}

/** Result of validating one dataset document. */
export interface ValidationResult {
  dataset: KpssDataset;
  issues: DataIssue[];
}

/**
 * Validates a parsed JSON document as a KPSS dataset. The input is never
 * modified: valid records are kept as they are, repaired ones are copies.
 */
export function validateDataset(input: unknown, source: string): ValidationResult {
  const issues: DataIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ source, code: 'not-object', value: shorten(input), outcome: 'record-left-out' });
    return { dataset: {}, issues };
  }
  const doc = input as Record<string, unknown>;
  const dataset: KpssDataset = {};
  // A section under a name the schema does not know ("sluzby") would be lost without a word.
  for (const key of Object.keys(doc)) {
    if (ROOT_KEYS.has(key) || key.startsWith('$')) continue;
    const issue: DataIssue = {
      source,
      field: key,
      code: 'unknown-field',
      value: shorten(doc[key]),
      outcome: 'value-ignored',
    };
    issue.expected = suggestField?.(issue);
    issues.push(issue);
  }
  if (doc.meta !== undefined) {
    const meta = validateRecord('meta', doc.meta, undefined, source, issues);
    if (meta) dataset.meta = meta as KpssDataset['meta'];
  }
  for (const section of SECTIONS) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ source, section, code: 'not-array', value: shorten(list), outcome: 'record-left-out' });
      continue;
    }
    const ids = new Set<string>();
    const kept: unknown[] = [];
    list.forEach((raw, index) => {
      // The file is public: what could reveal a hidden place is reported and never kept.
      const input = section === 'services' ? withoutHiddenDetails(raw, index, source, issues) : raw;
      // The record to keep: the input itself, or a repaired copy.
      const record = validateRecord(section, input, index, source, issues);
      if (record === undefined) return;
      const id = recordId(record) as string;
      if (ids.has(id)) {
        issues.push({
          source,
          section,
          index,
          recordId: id,
          field: 'id',
          code: 'duplicate-id',
          value: id,
          outcome: 'record-left-out',
        });
        return;
      }
      ids.add(id);
      kept.push(record);
    });
    (dataset as Record<string, unknown>)[section] = kept;
  }
  checkReferences(dataset, source, issues);
  return { dataset, issues };
}

/** A service without the details of its hidden locations; each one taken out is an issue. */
function withoutHiddenDetails(service: unknown, index: number, source: string, issues: DataIssue[]): unknown {
  const { service: kept, fields } = redactHiddenService(service);
  for (const field of fields) {
    issues.push({
      source,
      section: 'services',
      index,
      recordId: recordId(service),
      field,
      code: 'hidden-address',
      outcome: 'value-ignored',
    });
  }
  return kept;
}

/** Cross-record checks: a service's provider, a plan item's group and services must exist. */
function checkReferences(dataset: KpssDataset, source: string, issues: DataIssue[]): void {
  const providerIds = new Set(dataset.providers?.map((provider) => provider.id));
  const serviceIds = new Set(dataset.services?.map((service) => service.id));
  const groupIds = new Set(dataset.groups?.map((group) => group.id));
  const report = (section: Section, index: number, id: string | undefined, field: string, value: string) =>
    issues.push({ source, section, index, recordId: id, field, code: 'unknown-reference', value, outcome: 'kept' });

  // Sections published in separate files cannot be cross-checked; only check what this file holds.
  if (dataset.providers) {
    dataset.services?.forEach((service, index) => {
      if (service.providerId && !providerIds.has(service.providerId)) {
        report('services', index, service.id, 'providerId', service.providerId);
      }
    });
  }
  dataset.plans?.forEach((plan, planIndex) => {
    const visit = (item: { groupId?: string; serviceIds?: string[] }, path: string) => {
      if (dataset.groups && item.groupId && !groupIds.has(item.groupId)) {
        report('plans', planIndex, plan.id, `${path}.groupId`, item.groupId);
      }
      if (dataset.services) {
        item.serviceIds?.forEach((id, i) => {
          if (!serviceIds.has(id)) report('plans', planIndex, plan.id, `${path}.serviceIds[${i}]`, id);
        });
      }
    };
    forEachPlanItem(plan, visit);
  });
}

/**
 * Visits a plan's priorities, their measures and those measures' activities,
 * with each item's path in the plan ("priorities[0].measures[2]"). Items that
 * are not objects are skipped, so unchecked data (the command line tool) is safe too.
 */
export function forEachPlanItem(plan: unknown, visit: (item: Record<string, unknown>, path: string) => void): void {
  const items = (list: unknown, path: string, each: (item: Record<string, unknown>, path: string) => void) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item))
        each(item as Record<string, unknown>, `${path}[${i}]`);
    });
  };
  if (!plan || typeof plan !== 'object') return;
  items((plan as Record<string, unknown>).priorities, 'priorities', (priority, p) => {
    visit(priority, p);
    items(priority.measures, `${p}.measures`, (measure, m) => {
      visit(measure, m);
      items(measure.activities, `${m}.activities`, visit);
    });
  });
}
