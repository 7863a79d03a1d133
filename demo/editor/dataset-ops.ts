/**
 * Operations on the dataset being edited (the "draft"): reading and writing
 * values by path, adding, removing and moving records, ids made from names,
 * and references that follow a renamed id. The draft is the parsed JSON
 * document itself, so fields the editor does not know are kept as they are.
 */

/** A place in the document, e.g. ["services", 2, "locations", 0, "lat"]. */
export type Path = readonly (string | number)[];

/** The sections holding lists of records. */
export const RECORD_SECTIONS = ['providers', 'services', 'groups', 'plans'] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** A plain JSON object. */
export type Json = Record<string, unknown>;

/** The document being edited. */
export type Draft = Json;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Key of a path, e.g. "services.2.locations.0.lat". */
export function pathKey(path: Path): string {
  return path.join('.');
}

/** A validator's field path ("locations[1].lat") as path parts. */
export function parseFieldPath(field: string | undefined): (string | number)[] {
  if (!field) return [];
  const parts: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * Sets the value at a path, creating the objects on the way (a value that is
 * in the way, e.g. a string where an object belongs, is replaced). `undefined`
 * removes the key, and objects left empty by that are removed too.
 */
export function setAt(root: Json, path: Path, value: unknown): void {
  if (path.length === 0) return;
  if (value === undefined) {
    deleteAt(root, path);
    return;
  }
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] as string | number;
    const next = path[i + 1];
    let child = node[part];
    if (typeof next === 'number' ? !Array.isArray(child) : !isObject(child)) {
      child = typeof next === 'number' ? [] : {};
      node[part] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
}

/** Removes a key; an object property left empty is removed as well (not records or list items). */
export function deleteAt(root: Json, path: Path): void {
  const parentPath = path.slice(0, -1);
  const parent = getAt(root, parentPath);
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isObject(parent)) delete parent[last];
  else return;
  const parentKey = parentPath[parentPath.length - 1];
  if (parentPath.length > 0 && typeof parentKey === 'string' && isObject(parent) && Object.keys(parent).length === 0) {
    deleteAt(root, parentPath);
  }
}

/** The list at a path, created when missing (a value of another type there is replaced). */
export function ensureList(root: Json, path: Path): unknown[] {
  const list = getAt(root, path);
  if (Array.isArray(list)) return list;
  const created: unknown[] = [];
  setAt(root, path, created);
  return created;
}

/** The list at a path, or an empty one when there is none (or it is not a list). */
export function listAt(root: unknown, path: Path): unknown[] {
  const list = getAt(root, path);
  return Array.isArray(list) ? list : [];
}

/** Appends an item to the list at a path; returns its index. */
export function addItem(root: Json, path: Path, item: unknown): number {
  const list = ensureList(root, path);
  list.push(item);
  return list.length - 1;
}

/**
 * Removes an item of the list at a path and returns it. A nested list left
 * empty is removed; a top-level section stays as an empty list.
 */
export function removeItem(root: Json, path: Path, index: number): unknown {
  const list = getAt(root, path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return undefined;
  const [removed] = list.splice(index, 1);
  if (list.length === 0 && path.length > 1) deleteAt(root, path);
  return removed;
}

/** Inserts an item back into a list (undo of a removal). */
export function insertItem(root: Json, path: Path, index: number, item: unknown): void {
  const list = ensureList(root, path);
  list.splice(Math.min(index, list.length), 0, item);
}

/** Moves an item of a list; returns its new index. */
export function moveItem(root: Json, path: Path, from: number, to: number): number {
  const list = getAt(root, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return from;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return to;
}

/** An id made from a name: "Pečovatelská služba Dačice" → "pecovatelska-sluzba-dacice". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Ids of a section's records, optionally without one record. */
export function sectionIds(doc: Draft, section: RecordSection, except?: unknown): Set<string> {
  const ids = new Set<string>();
  for (const record of listAt(doc, [section])) {
    if (record === except || !isObject(record)) continue;
    if (typeof record.id === 'string') ids.add(record.id);
  }
  return ids;
}

/** How many records of a section have this id. */
export function countId(doc: Draft, section: RecordSection, id: unknown): number {
  return listAt(doc, [section]).filter((record) => isObject(record) && record.id === id).length;
}

/** Czech names of the sections. */
export const SECTION_NAMES: Record<RecordSection, string> = {
  providers: 'Poskytovatelé',
  services: 'Služby',
  groups: 'Skupiny a členové',
  plans: 'Komunitní plán',
};

/** Fallback id stems for records without a name. */
const ID_STEMS: Record<RecordSection, string> = {
  providers: 'poskytovatel',
  services: 'sluzba',
  groups: 'skupina',
  plans: 'plan',
};

/** A unique id for a record of a section, made from its name. */
export function idFromName(doc: Draft, section: RecordSection, name: unknown, record?: unknown): string {
  const stem = (typeof name === 'string' && slugify(name)) || ID_STEMS[section];
  return uniqueId(stem, sectionIds(doc, section, record));
}

/** Each plan item (priority, measure, activity) of every plan. */
export function planItems(doc: Draft): Json[] {
  const items: Json[] = [];
  const visit = (list: unknown, childKey: string | undefined, next?: string) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isObject(item)) continue;
      items.push(item);
      if (childKey) visit(item[childKey], next);
    }
  };
  for (const plan of listAt(doc, ['plans'])) {
    if (isObject(plan)) visit(plan.priorities, 'measures', 'activities');
  }
  return items;
}

/**
 * Points the references to a record at its new id: a service's providerId,
 * a plan item's groupId and serviceIds. Returns how many were changed.
 */
export function renameReferences(doc: Draft, section: RecordSection, oldId: string, newId: string): number {
  if (!oldId || oldId === newId) return 0;
  let changed = 0;
  if (section === 'providers') {
    for (const service of listAt(doc, ['services'])) {
      if (isObject(service) && service.providerId === oldId) {
        service.providerId = newId;
        changed++;
      }
    }
  } else if (section === 'groups') {
    for (const item of planItems(doc)) {
      if (item.groupId === oldId) {
        item.groupId = newId;
        changed++;
      }
    }
  } else if (section === 'services') {
    for (const item of planItems(doc)) {
      if (!Array.isArray(item.serviceIds)) continue;
      item.serviceIds = item.serviceIds.map((id) => {
        if (id !== oldId) return id;
        changed++;
        return newId;
      });
    }
  }
  return changed;
}

/** New records, as the editor adds them. */
export function newProvider(doc: Draft): Json {
  return { id: idFromName(doc, 'providers', ''), name: '' };
}

export function newService(doc: Draft): Json {
  const providers = listAt(doc, ['providers']).filter(isObject);
  const service: Json = { id: idFromName(doc, 'services', ''), name: '' };
  // With one provider, the new service most likely belongs to it.
  if (providers.length === 1 && typeof providers[0]?.id === 'string') service.providerId = providers[0].id;
  return service;
}

export function newGroup(doc: Draft): Json {
  return { id: idFromName(doc, 'groups', ''), kind: 'pracovni', name: '' };
}

export function newPlan(doc: Draft, year = new Date().getFullYear()): Json {
  return { id: idFromName(doc, 'plans', ''), title: '', period: { from: year, to: year + 3 } };
}

/** The code of a new plan item: "3" for the third priority, "2.1" for a measure of priority 2… */
export function nextCode(parentCode: unknown, siblings: readonly unknown[]): string {
  const prefix = typeof parentCode === 'string' && parentCode ? `${parentCode}.` : '';
  const taken = new Set(siblings.filter(isObject).map((item) => item.code));
  for (let n = siblings.length + 1; ; n++) {
    const code = `${prefix}${n}`;
    if (!taken.has(code)) return code;
  }
}

/**
 * Prepares a parsed file for editing: whatever the forms cannot hold (a
 * section that is not a list, a record that is not an object) is taken out
 * and described in `notes`; everything else is kept untouched.
 */
export function prepareLoaded(input: unknown): { doc: Draft; notes: string[] } {
  if (!isObject(input)) throw new Error('Soubor neobsahuje objekt JSON { … } s daty komunitního plánování.');
  const notes: string[] = [];
  const doc = input;
  if (doc.meta !== undefined && !isObject(doc.meta)) {
    notes.push('Základní údaje (meta) nejsou objekt { … }, a proto nebyly načteny.');
    delete doc.meta;
  }
  for (const section of RECORD_SECTIONS) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      notes.push(`Oddíl „${SECTION_NAMES[section]}“ není seznam [ … ], a proto nebyl načten.`);
      delete doc[section];
      continue;
    }
    const records = list.filter(isObject);
    if (records.length < list.length) {
      const n = list.length - records.length;
      notes.push(`Oddíl „${SECTION_NAMES[section]}“: vynechané záznamy, které nejsou objekt { … }: ${n}.`);
      doc[section] = records;
    }
  }
  return { doc, notes };
}

/** The document as the downloaded file: JSON with two-space indentation. */
export function serialise(doc: Draft): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
