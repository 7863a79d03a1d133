import type {
  Group,
  KpssDataset,
  MergedDataset,
  Plan,
  PlanItem,
  Provider,
  Service,
  ServiceRecord,
  Sourced,
} from './types.js';
import type { DataIssue } from './validate.js';

export const EMPTY_DATASET: MergedDataset = Object.freeze({
  metas: [],
  providers: [],
  services: [],
  groups: [],
  plans: [],
}) as MergedDataset;

/**
 * Merges validated datasets into one, tagging each record with its source.
 * A service's provider is resolved within its own dataset, since two towns
 * may both use the id "p1".
 *
 * Services and groups are found by id across the page (a plan's services, a
 * map's selection), so an id given by two datasets is kept apart: the same
 * record listed twice (one registry service in two towns' files) is kept
 * once; two different records are both kept, the later one under an id
 * qualified by its source ("b.json#pecovatelska-sluzba", its own id in
 * `$originalId`), with its dataset's plans pointing at it, and the collision
 * is reported in `issues`, naming both files and the id.
 */
export function mergeDatasets(parts: { source: string; dataset: KpssDataset }[], issues?: DataIssue[]): MergedDataset {
  const merged: MergedDataset = { metas: [], providers: [], services: [], groups: [], plans: [] };
  const services = new KeptApart<Service>('services', issues);
  const groups = new KeptApart<Group>('groups', issues);
  for (const { source, dataset } of parts) {
    const tag = <T extends object>(record: T): T & Sourced => ({ ...record, $source: source });
    if (dataset.meta) merged.metas.push(tag(dataset.meta));
    const providers = new Map<string, Provider & Sourced>();
    for (const provider of dataset.providers ?? []) {
      const tagged = tag(provider);
      providers.set(provider.id, tagged);
      merged.providers.push(tagged);
    }
    const serviceIds = new Map<string, string>();
    dataset.services?.forEach((service, index) => {
      const record = services.add(service, source, index, serviceIds) as ServiceRecord | undefined;
      if (!record) return;
      const provider = service.providerId ? providers.get(service.providerId) : undefined;
      if (provider) record.$provider = provider;
      merged.services.push(record);
    });
    const groupIds = new Map<string, string>();
    dataset.groups?.forEach((group, index) => {
      const record = groups.add(group, source, index, groupIds);
      if (record) merged.groups.push(record);
    });
    for (const plan of dataset.plans ?? []) {
      merged.plans.push(tag(serviceIds.size || groupIds.size ? repoint(plan, serviceIds, groupIds) : plan));
    }
  }
  return merged;
}

/** Records of one section by id, across datasets. */
class KeptApart<T extends { id: string }> {
  readonly #byId = new Map<string, { record: T; source: string; json?: string | null }>();

  constructor(
    private readonly section: 'services' | 'groups',
    private readonly issues: DataIssue[] | undefined,
  ) {}

  /**
   * The record as merged, or undefined when the same record is already there.
   * A record kept under another id is noted in `renamed` (its id → the new id).
   */
  add(record: T, source: string, index: number, renamed: Map<string, string>): (T & Sourced) | undefined {
    const first = this.#byId.get(record.id);
    if (!first) {
      this.#byId.set(record.id, { record, source });
      return { ...record, $source: source };
    }
    first.json ??= json(first.record);
    if (first.json !== null && json(record) === first.json) return undefined;
    let id = `${source}#${record.id}`;
    for (let n = 2; this.#byId.has(id); n++) id = `${source}#${record.id}#${n}`;
    this.#byId.set(id, { record, source });
    renamed.set(record.id, id);
    this.issues?.push({
      source,
      section: this.section,
      index,
      recordId: record.id,
      field: 'id',
      code: 'id-in-several-files',
      value: record.id,
      otherSource: first.source,
      outcome: 'kept-apart',
    });
    return { ...record, id, $originalId: record.id, $source: source };
  }
}

/** A record as JSON text, or null when it has none (data given by a script may hold a loop or a BigInt). */
function json(record: unknown): string | null {
  try {
    return JSON.stringify(record) ?? null;
  } catch {
    return null;
  }
}

/** A copy of a plan whose items point at the new ids of their own dataset's services and groups. */
function repoint(plan: Plan, serviceIds: Map<string, string>, groupIds: Map<string, string>): Plan {
  // Priorities, their measures and those measures' activities, each copied with its references.
  const item = (it: PlanItem & { measures?: PlanItem[]; activities?: PlanItem[] }): PlanItem => {
    const copy = { ...it };
    if (it.groupId) copy.groupId = groupIds.get(it.groupId) ?? it.groupId;
    if (it.serviceIds) copy.serviceIds = it.serviceIds.map((id) => serviceIds.get(id) ?? id);
    if (it.measures) copy.measures = it.measures.map(item);
    if (it.activities) copy.activities = it.activities.map(item);
    return copy;
  };
  return plan.priorities ? { ...plan, priorities: plan.priorities.map(item) } : plan;
}
