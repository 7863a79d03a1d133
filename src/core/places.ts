/** Places in a dataset: the visible points of services and the towns they are in. */
import { PlaceChoices } from './place-field.js';
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

/**
 * The towns of a dataset for a "choose a town" field, worked out when first
 * needed: a region has thousands, and averaging and sorting them is a good
 * part of a first render. How many there are is known at once (it decides
 * which field to show).
 */
export class TownList {
  /** How many towns have a place on the map. */
  readonly count: number;
  #towns?: Town[];
  readonly #choices: PlaceChoices;

  constructor(private readonly services: readonly ServiceRecord[]) {
    const keys = new Set<string>();
    const names = new Set<string>();
    for (const service of services) {
      for (const location of service.locations ?? []) {
        const city = location.address?.city;
        // Each name folded once: thousands of places share a few hundred names.
        if (city && isMappable(location) && !names.has(city)) {
          names.add(city);
          keys.add(fold(city));
        }
      }
    }
    this.count = keys.size;
    // The towns are in Czech order already.
    this.#choices = new PlaceChoices(this.count, () => this.all.map((town) => [town.key, town.label]));
  }

  /** The towns, each at the mean of its places, in Czech order. */
  get all(): Town[] {
    this.#towns ??= townsOf(this.services);
    return this.#towns;
  }

  /** The town with a key (folded name). */
  find(key: string): Town | undefined {
    return key ? this.at(key) : undefined;
  }

  #byKey?: Map<string, Town>;
  /** The same, for many lookups (a distance per service). */
  at(key: string): Town | undefined {
    this.#byKey ??= new Map(this.all.map((town) => [town.key, town]));
    return this.#byKey.get(key);
  }

  /**
   * [key, name] pairs for the field: a menu needs them at once, the typed
   * field of a long list only once it is used (`used`: focused or a town chosen).
   */
  places(used: boolean): [string, string][] {
    return this.#choices.places(used);
  }
}
