/** Places in a dataset: the visible points of services and the towns they are in. */
import { fold, sortCzech } from './text.js';
import type { ServiceLocation, ServiceRecord } from './types.js';

export interface Town {
  /** Folded name, used in URLs and filters. */
  key: string;
  label: string;
  lat: number;
  lon: number;
}

/** A location that may be shown: has coordinates and is not a hidden address. */
export function isMappable(location: ServiceLocation): location is ServiceLocation & { lat: number; lon: number } {
  return !location.hidden && typeof location.lat === 'number' && typeof location.lon === 'number';
}

/** Towns where services have mappable locations, each at the mean of its points, in Czech order. */
export function townsOf(services: readonly ServiceRecord[]): Town[] {
  // Summed by the name as written first: thousands of places share a few hundred names, each folded once.
  const byName = new Map<string, { lat: number; lon: number; n: number }>();
  for (const service of services) {
    for (const location of service.locations ?? []) {
      const city = location.address?.city;
      if (!city || !isMappable(location)) continue;
      let sum = byName.get(city);
      if (!sum) byName.set(city, (sum = { lat: 0, lon: 0, n: 0 }));
      sum.lat += location.lat;
      sum.lon += location.lon;
      sum.n += 1;
    }
  }
  const sums = new Map<string, { label: string; lat: number; lon: number; n: number }>();
  for (const [city, part] of byName) {
    const key = fold(city);
    const sum = sums.get(key) ?? { label: city, lat: 0, lon: 0, n: 0 };
    sum.lat += part.lat;
    sum.lon += part.lon;
    sum.n += part.n;
    sums.set(key, sum);
  }
  const towns = [...sums.entries()].map(([key, s]) => ({ key, label: s.label, lat: s.lat / s.n, lon: s.lon / s.n }));
  return sortCzech(towns, (town) => town.label);
}
