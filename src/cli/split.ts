/**
 * `kpss-data split`: a large dataset (a region's services) as two files for
 * `src="kraj-1.json kraj-2.json"`. The catalogue shows the first file's
 * services as soon as it has arrived, so the first file holds the services
 * the catalogue lists first (by name, as it orders them), and the first
 * screen does not change when the rest arrives.
 */
import { sortCzech } from '../core/text.js';
import type { KpssDataset, Service } from '../core/types.js';

/** Two pages of the catalogue's 30 cards: the first screen and the next, before the rest arrives. */
export const FIRST_SERVICES = 60;

/**
 * The dataset as two datasets: the first `first` services in the catalogue's order with the
 * meta, the groups, the plans and the providers they name (and those no service names); the rest
 * with their providers. A provider of services in both parts is in both. Undefined when there
 * is no rest.
 */
export function splitDataset(dataset: KpssDataset, first = FIRST_SERVICES): [KpssDataset, KpssDataset] | undefined {
  const services = dataset.services ?? [];
  if (services.length <= first) return undefined;
  const head = sortCzech(services, (service) => service.name).slice(0, first);
  // The rest by type (in the file's order within a type): services of one type share their words, and
  // side by side gzip finds them (the 880 after a region's first 60: 178 kB gzip instead of 236 kB in file order).
  const inHead = new Set(head);
  const rest = services
    .filter((service) => !inHead.has(service))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const providers = dataset.providers ?? [];
  const named = (part: Service[]) => new Set(part.map((service) => service.providerId));
  const namedByRest = named(rest);
  const namedByHead = named(head);
  const { services: _services, providers: _providers, ...others } = dataset;
  const firstPart: KpssDataset = {
    ...others,
    providers: providers.filter((p) => namedByHead.has(p.id) || !namedByRest.has(p.id)),
    services: head,
  };
  const restPart: KpssDataset = {
    ...(dataset.$schema ? { $schema: dataset.$schema } : {}),
    providers: providers.filter((p) => namedByRest.has(p.id)),
    services: rest,
  };
  return [firstPart, restPart];
}
