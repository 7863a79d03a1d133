/**
 * What the catalogue derives from each service once per dataset: the values
 * it is filtered and sorted by, and where it is (its search fields are made
 * by the search engine, search-index.ts).
 */
import { type Lang, typeLabel } from '../core/i18n.js';
import { isMappable } from '../core/places.js';
import { compareCzech, czechSortKey, fold, remembered } from '../core/text.js';
import type { ServiceRecord } from '../core/types.js';
import { SERVICE_TYPES, type ServiceGroup, type ServiceTypeCode } from '../core/vocabulary.js';

export interface ServiceEntry {
  service: ServiceRecord;
  group: ServiceGroup;
  /** Municipalities where the service is or which it serves. */
  cities: string[];
  /** The same, folded, for the municipality filter. */
  cityKeys: string[];
  free: boolean;
  /** Visible locations with coordinates (hidden addresses never count). */
  points: { lat: number; lon: number }[];
  /** Czech sort key of the name. */
  sortKey: string;
}

export function toEntry(service: ServiceRecord): ServiceEntry {
  // A service has a place or a few: a short list, not a Set (this runs for every service of a catalogue).
  const cities: string[] = [];
  const points: { lat: number; lon: number }[] = [];
  for (const location of service.locations ?? []) {
    if (location.hidden) continue;
    const city = location.address?.city;
    if (city && !cities.includes(city)) cities.push(city);
    if (isMappable(location)) points.push(location);
  }
  for (const city of service.municipalities ?? []) if (!cities.includes(city)) cities.push(city);
  return {
    service,
    group: SERVICE_TYPES[service.type].group,
    cities,
    cityKeys: cities.map(cityKey),
    free: service.fee?.free === true || service.fee?.kind === 'free',
    points,
    sortKey: czechSortKey(service.name),
  };
}

/** Czech alphabetical order of services by name. */
export function byName(a: ServiceEntry, b: ServiceEntry): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : compareCzech(a.service.name, b.service.name);
}

/** Key for the municipality filter and URL: folded name (remembered: thousands of services share few towns). */
export const cityKey: (city: string) => string = remembered(fold, 20_000);

/** A service type's label with its paragraph of the law: "pečovatelská služba (§ 40)". */
export function typeWithParagraph(code: ServiceTypeCode, lang: Lang): string {
  const info = SERVICE_TYPES[code];
  const text = typeLabel(code, lang);
  return info.paragraph ? `${text} (§ ${info.paragraph})` : text;
}
