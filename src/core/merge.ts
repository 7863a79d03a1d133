import type { KpssDataset, MergedDataset, Provider, ServiceRecord, Sourced } from './types.js';

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
 * may both use the id "p1". A service listed by two datasets (the same
 * registry identifier) is kept once.
 */
export function mergeDatasets(parts: { source: string; dataset: KpssDataset }[]): MergedDataset {
  const merged: MergedDataset = { metas: [], providers: [], services: [], groups: [], plans: [] };
  const serviceIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const { source, dataset } of parts) {
    const tag = <T extends object>(record: T): T & Sourced => ({ ...record, $source: source });
    if (dataset.meta) merged.metas.push(tag(dataset.meta));
    const providers = new Map<string, Provider & Sourced>();
    for (const provider of dataset.providers ?? []) {
      const tagged = tag(provider);
      providers.set(provider.id, tagged);
      merged.providers.push(tagged);
    }
    for (const service of dataset.services ?? []) {
      if (serviceIds.has(service.id)) continue;
      serviceIds.add(service.id);
      const record: ServiceRecord = tag(service);
      const provider = service.providerId ? providers.get(service.providerId) : undefined;
      if (provider) record.$provider = provider;
      merged.services.push(record);
    }
    for (const group of dataset.groups ?? []) {
      if (groupIds.has(group.id)) continue;
      groupIds.add(group.id);
      merged.groups.push(tag(group));
    }
    for (const plan of dataset.plans ?? []) merged.plans.push(tag(plan));
  }
  return merged;
}
