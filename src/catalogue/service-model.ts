/**
 * What the catalogue derives from each service once per dataset: the values
 * it is filtered and sorted by, and where it is (its search fields are made
 * by the search engine, search-index.ts).
 */
import { type Lang, typeLabel } from '../core/i18n.js';
import { isMappable } from '../core/places.js';
import { compareByCzechKeys, czechSortKey, fold, remembered } from '../core/text.js';
import type { ServiceRecord } from '../core/types.js';
import { SERVICE_TYPES, type ServiceGroup, type ServiceTypeCode } from '../core/vocabulary.js';

export interface ServiceEntry {
  service: ServiceRecord;
  group: ServiceGroup;
  /** Municipalities where the service is or which it serves (its provider's seat's only when it names none). */
  cities: string[];
  /** The same, folded, for the municipality filter. */
  cityKeys: string[];
  free: boolean;
  /** Visible locations with coordinates (hidden addresses never count, the provider's seat only when nothing else does). */
  points: { lat: number; lon: number }[];
  /** Czech sort key of the name. */
  sortKey: string;
}

export function toEntry(service: ServiceRecord): ServiceEntry {
  // A service has a place or a few: short lists, not Sets (this runs for every service of a catalogue).
  // The provider's seat counts only when the service names no other place nor municipality: clients don't come there.
  const [cities, seatCities]: string[][] = [[], []];
  const [points, seatPoints]: { lat: number; lon: number }[][] = [[], []];
  for (const location of service.locations ?? []) {
    if (location.hidden) continue;
    const seat = location.role === 'seat';
    const city = location.address?.city;
    const into = seat ? seatCities : cities;
    if (city && !into.includes(city)) into.push(city);
    if (isMappable(location)) (seat ? seatPoints : points).push(location);
  }
  const served = service.municipalities ?? [];
  for (const city of served) if (!cities.includes(city)) cities.push(city);
  if (!cities.length) cities.push(...seatCities);
  if (!points.length && !served.length) points.push(...seatPoints);
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
  return compareByCzechKeys(a.sortKey, a.service.name, b.sortKey, b.service.name);
}

/** Key for the municipality filter and URL: folded name (remembered: thousands of services share few towns). */
export const cityKey: (city: string) => string = remembered(fold, 20_000);

/** A service type's label with its paragraph of the law: "pečovatelská služba (§ 40)". */
export function typeWithParagraph(code: ServiceTypeCode, lang: Lang): string {
  const info = SERVICE_TYPES[code];
  const text = typeLabel(code, lang);
  return info.paragraph ? `${text} (§ ${info.paragraph})` : text;
}
