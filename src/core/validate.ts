/**
 * Validation of KPSS datasets against data/schema/kpss-dataset.schema.json.
 *
 * The schema is the single contract: this module interprets the subset of
 * JSON Schema 2020-12 the schema uses (type, enum, required, properties,
 * items, allOf, $ref, bounds, pattern, format) instead of restating the rules
 * in code. A record with a broken required field is left out; a broken
 * optional value is dropped from its record; each is reported as an issue
 * naming the file, section, record and field.
 */
import schemaJson from '../../data/schema/kpss-dataset.schema.json';
import { isValidEmail, isValidPhone, safeWebUrl } from './safe-url.js';
import type { KpssDataset } from './types.js';

export type IssueCode =
  | 'not-object'
  | 'not-array'
  | 'required'
  | 'type'
  | 'enum'
  | 'format'
  | 'range'
  | 'pattern'
  | 'length'
  | 'duplicate-id'
  | 'unknown-reference';

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
  /** Allowed values or the expected type/format. */
  expected?: string;
  /** What happened: the record was left out, the value ignored, or nothing. */
  outcome: 'record-left-out' | 'value-ignored' | 'kept';
}

export const SECTIONS = ['providers', 'services', 'groups', 'plans'] as const;
export type Section = (typeof SECTIONS)[number];

interface SchemaNode {
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

/** Schema of one record of each section. */
const RECORD_SCHEMAS: Record<Section | 'meta', SchemaNode> = {
  meta: schema.$defs.Meta as SchemaNode,
  providers: schema.$defs.Provider as SchemaNode,
  services: schema.$defs.Service as SchemaNode,
  groups: schema.$defs.Group as SchemaNode,
  plans: schema.$defs.Plan as SchemaNode,
};

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
  'web-url': (value) => safeWebUrl(value) !== null,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  'date-or-datetime': (value) =>
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value.replace(' ', 'T'))),
};

const patternCache = new Map<string, RegExp>();

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  const target = schema.$defs[name];
  if (!target) throw new Error(`Unknown schema reference ${node.$ref}`);
  return resolve(target);
}

function check(nodeIn: SchemaNode, value: unknown, path: Path, removable: Path, out: SchemaError[]): void {
  const node = resolve(nodeIn);
  const fail = (code: IssueCode, expected?: string): void => {
    out.push({ path, removable, code, value, expected });
  };
  for (const part of node.allOf ?? []) check(part, value, path, removable, out);
  if (node.type) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (!types.some((type) => matchesType(value, type))) {
      fail('type', types.join(' | '));
      return;
    }
  }
  if (node.enum && !node.enum.includes(value)) {
    fail('enum', node.enum.join(', '));
    return;
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.trim().length < node.minLength) {
      fail('length');
      return;
    }
    if (node.maxLength !== undefined && value.length > node.maxLength) {
      fail('length');
      return;
    }
    if (node.pattern) {
      let re = patternCache.get(node.pattern);
      if (!re) patternCache.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
      if (!re.test(value)) {
        fail('pattern');
        return;
      }
    }
    const format = node.format ? FORMATS[node.format] : undefined;
    if (format && !format(value)) {
      fail('format', node.format);
      return;
    }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) {
      fail('range', `≥ ${node.minimum}`);
      return;
    }
    if (node.maximum !== undefined && value > node.maximum) {
      fail('range', `≤ ${node.maximum}`);
      return;
    }
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) {
      fail('length');
      return;
    }
    if (node.items) {
      value.forEach((item, i) => {
        check(node.items as SchemaNode, item, [...path, i], [...path, i], out);
      });
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) {
      if (record[key] === undefined || record[key] === null) {
        out.push({ path: [...path, key], removable, code: 'required', value: undefined });
      }
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (record[key] === undefined) continue;
      const childPath = [...path, key];
      const childRemovable = node.required?.includes(key) ? removable : childPath;
      check(child, record[key], childPath, childRemovable, out);
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
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Removes the value at a path from an object tree (array elements are spliced out). */
function removeAt(root: Record<string, unknown>, path: Path): void {
  let parent: unknown = root;
  for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[part];
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
 * Validates one record against its section's schema, repairing it in place
 * by removing invalid optional values. Returns false when the record must be left out.
 */
function validateRecord(
  section: Section | 'meta',
  record: unknown,
  index: number | undefined,
  source: string,
  issues: DataIssue[],
): boolean {
  const errors: SchemaError[] = [];
  check(RECORD_SCHEMAS[section], record, [], [], errors);
  if (errors.length === 0) return true;
  const leftOut = errors.some((error) => error.removable.length === 0);
  const id = recordId(record);
  for (const error of errors) {
    issues.push({
      source,
      section,
      index,
      recordId: id,
      field: formatPath(error.path) || undefined,
      code: error.path.length === 0 && error.code === 'type' ? 'not-object' : error.code,
      value: shorten(error.value),
      expected: error.expected,
      outcome: leftOut ? 'record-left-out' : 'value-ignored',
    });
  }
  if (leftOut) return false;
  const seen = new Set<string>();
  const removals = errors
    .map((error) => error.removable)
    .filter((path) => {
      const key = JSON.stringify(path);
      return !seen.has(key) && seen.add(key);
    })
    .sort(comparePathsForRemoval);
  for (const path of removals) removeAt(record as Record<string, unknown>, path);
  return true;
}

/** Result of validating one dataset document. */
export interface ValidationResult {
  dataset: KpssDataset;
  issues: DataIssue[];
}

/**
 * Validates a parsed JSON document as a KPSS dataset. The input is modified
 * in place (invalid parts removed); pass a copy when the caller keeps it.
 */
export function validateDataset(input: unknown, source: string): ValidationResult {
  const issues: DataIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ source, code: 'not-object', value: shorten(input), outcome: 'record-left-out' });
    return { dataset: {}, issues };
  }
  const doc = input as Record<string, unknown>;
  const dataset: KpssDataset = {};
  if (doc.meta !== undefined) {
    if (validateRecord('meta', doc.meta, undefined, source, issues)) dataset.meta = doc.meta as KpssDataset['meta'];
  }
  for (const section of SECTIONS) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ source, section, code: 'not-array', value: shorten(list), outcome: 'record-left-out' });
      continue;
    }
    const ids = new Set<string>();
    const kept = list.filter((record, index) => {
      if (!validateRecord(section, record, index, source, issues)) return false;
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
        return false;
      }
      ids.add(id);
      return true;
    });
    (dataset as Record<string, unknown>)[section] = kept;
  }
  checkReferences(dataset, source, issues);
  return { dataset, issues };
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
    plan.priorities?.forEach((priority, p) => {
      visit(priority, `priorities[${p}]`);
      priority.measures?.forEach((measure, m) => {
        visit(measure, `priorities[${p}].measures[${m}]`);
        measure.activities?.forEach((activity, a) => {
          visit(activity, `priorities[${p}].measures[${m}].activities[${a}]`);
        });
      });
    });
  });
}
