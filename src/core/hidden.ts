/**
 * Hidden locations (`hidden: true`, e.g. a shelter for victims of violence).
 * The elements never show where such a place is, but the dataset file itself
 * is public: it may name the municipality only. Every path that checks or
 * writes a dataset (the validator, the editor's download, kpss-data's
 * import-sheet, import-registry and export-hsds) takes out what could reveal
 * the place with the one function here, and reports what it took out.
 */

/** What a hidden location may not carry, as paths inside the location. */
export const HIDDEN_LOCATION_FIELDS = [
  ['name'],
  ['address', 'street'],
  ['address', 'number'],
  ['address', 'cityPart'],
  ['address', 'postcode'],
  ['lat'],
  ['lon'],
] as const;

/** One value taken out of a hidden location. */
export interface RemovedField {
  section: 'services';
  /** Position of the service in its section. */
  index: number;
  recordId?: string;
  /** Path inside the service, e.g. "locations[0].address.street". */
  field: string;
}

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a location is hidden. Any value but false counts, so that a
 * mistyped "true" or "ano" (which the schema check reports and drops) still
 * keeps the place out of the public file.
 */
export const isHiddenLocation = (location: Rec): boolean =>
  location.hidden !== undefined && location.hidden !== null && location.hidden !== false;

/**
 * A service without what would reveal its hidden locations, and the fields
 * taken out ("locations[0].lat"). The input is never modified: the service,
 * its list of locations and the changed locations are copied; a service with
 * nothing to take out is returned as it is.
 */
export function redactHiddenService<T>(service: T): { service: T; fields: string[] } {
  const fields: string[] = [];
  const locations = isRecord(service) ? service.locations : undefined;
  if (!Array.isArray(locations)) return { service, fields };
  let copied: unknown[] | undefined;
  locations.forEach((location, i) => {
    if (!isRecord(location) || !isHiddenLocation(location)) return;
    let place: Rec | undefined;
    for (const path of HIDDEN_LOCATION_FIELDS) {
      const holder = path.length === 1 ? (place ?? location) : (place ?? location).address;
      const key = path[path.length - 1] as string;
      if (!isRecord(holder) || !(key in holder)) continue;
      place ??= { ...location };
      if (path.length === 2 && place.address === location.address) place.address = { ...(holder as Rec) };
      delete (path.length === 1 ? place : (place.address as Rec))[key];
      fields.push(`locations[${i}].${path.join('.')}`);
    }
    if (!place) return;
    copied ??= [...locations];
    copied[i] = place;
  });
  return copied ? { service: { ...(service as Rec), locations: copied } as T, fields } : { service, fields };
}

/**
 * A dataset without what would reveal its hidden locations (only the
 * municipality, its code, district and region stay), and the list of values
 * taken out, by service and field. The input is never modified; works on
 * unchecked documents too (anything not shaped like a dataset is left as it is).
 */
export function redactHiddenLocations<T>(dataset: T): { dataset: T; removed: RemovedField[] } {
  const removed: RemovedField[] = [];
  const services = isRecord(dataset) ? dataset.services : undefined;
  if (!Array.isArray(services)) return { dataset, removed };
  let copied: unknown[] | undefined;
  services.forEach((service, index) => {
    const result = redactHiddenService(service);
    if (result.fields.length === 0) return;
    const id = (service as Rec).id;
    const recordId = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    for (const field of result.fields) removed.push({ section: 'services', index, recordId, field });
    copied ??= [...services];
    copied[index] = result.service;
  });
  return copied ? { dataset: { ...(dataset as Rec), services: copied } as T, removed } : { dataset, removed };
}
