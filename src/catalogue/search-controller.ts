/**
 * The catalogue's search as a reactive controller: the entries derived from
 * the data, the search engine's and need lexicon's late arrival, the index
 * build in idle time, and the results of the current query, filters and order.
 * The element renders; this decides what it shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { distanceKm } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { lazyModule } from '../core/lazy.js';
import { PlaceChoices } from '../core/place-field.js';
import { TownList } from '../core/places.js';
import { sortCzech } from '../core/text.js';
import type { MergedDataset } from '../core/types.js';
import type { QueryPart } from './lexicon/lexicon.js';
import { fitsSituation, LIFE_SITUATIONS } from './lexicon/situations.js';
import { servesGroup, TARGET_GROUP_CHILDREN } from './lexicon/target-groups.js';
import type { SearchIndex, SearchResult } from './search-index.js';
import { byName, type ServiceEntry, toEntry } from './service-model.js';

/**
 * The search engine (index, need lexicon and typo matching behind it) is a
 * module loaded right after the first render, which shows the whole list and
 * needs none of it; a query typed or linked before it arrives is searched
 * as soon as it is here.
 */
const engineModule = lazyModule(() => import('./search-index.js'));

export interface CatalogueFilters {
  targetGroup: string;
  type: string;
  form: string;
  city: string;
  free: boolean;
  situation: string;
  /** Open now, by the services' opening hours. */
  openNow: boolean;
  /** Step-free access. */
  access: boolean;
  /** A language the service works in (ISO 639 code). */
  language: string;
  /** Only the services in the person's list. */
  mine: boolean;
}

export type CatalogueSort = 'relevance' | 'name' | 'distance';

export interface Origin {
  lat: number;
  lon: number;
  /** Name of the place, shown with distances. */
  label?: string;
}

export const NO_FILTERS: CatalogueFilters = {
  targetGroup: '',
  type: '',
  form: '',
  city: '',
  free: false,
  situation: '',
  openNow: false,
  access: false,
  language: '',
  mine: false,
};

/** What the person asked for: the results follow it. */
export interface SearchRequest {
  query: string;
  filters: CatalogueFilters;
  sort: CatalogueSort;
  origin?: Origin;
}

/** What the controller needs of its element. */
export interface SearchHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

export class CatalogueSearch implements ReactiveController {
  /** Every service of the data, in name order. */
  entries: ServiceEntry[] = [];
  entryById = new Map<string, ServiceEntry>();
  /** Position of each entry, which is its document number in the search index. */
  readonly #position = new Map<ServiceEntry, number>();
  /** Values present in the data, for the filter menus; computed once per dataset. */
  options: FilterOptions = filterOptions([]);
  /** Towns in the data with coordinates, for "distance from". */
  towns = new TownList([]);
  /** Results of the current request, in display order. */
  results: ServiceEntry[] = [];
  /**
   * How many of the results lead, in relevance order: those that meet a need the query names (see LEADS in
   * search-index.ts). The rest, what may help, come after "show more".
   */
  leading = Number.POSITIVE_INFINITY;
  /** The last search of the query (undefined when there is no query to search). */
  found?: SearchResult;
  /** Grows whenever the results change, so the element knows when to tell a linked map. */
  revision = 0;

  /**
   * Filters told by a module loaded after the first render (open now, access,
   * language, the person's list); set with setExtraFilter().
   */
  #extraFilter?: (entry: ServiceEntry, filters: CatalogueFilters) => boolean;
  #dataset?: MergedDataset;
  #lang: Lang = 'cs';
  #index?: SearchIndex;
  private request?: SearchRequest;
  /** Set when something arrived that changes the answer to the same request (engine, lexicon, full index). */
  #stale = false;
  #building = false;
  /** A search answered from a partly built index: search again when it is complete. */
  #awaitingIndex = false;

  constructor(private readonly host: SearchHost) {
    host.addController(this);
  }

  /** Takes new data or a new language; the index is made again from the entries. */
  setData(dataset: MergedDataset, lang: Lang): boolean {
    if (dataset === this.#dataset && lang === this.#lang) return false;
    if (dataset !== this.#dataset) {
      this.#dataset = dataset;
      this.entries = dataset.services.map(toEntry).sort(byName);
      this.entryById = new Map();
      this.#position.clear();
      this.entries.forEach((entry, i) => {
        this.entryById.set(entry.service.id, entry);
        this.#position.set(entry, i);
      });
      this.options = filterOptions(this.entries);
      this.towns = new TownList(dataset.services);
    }
    this.#lang = lang;
    this.#index = undefined;
    this.#stale = true;
    return true;
  }

  /** The search index for the current data and language (completed by its first search), once the engine is here. */
  searchIndex(): SearchIndex | undefined {
    const engine = engineModule.module;
    if (!this.#index && engine) {
      const synonyms = (this.#dataset?.metas ?? []).flatMap((meta) => meta.synonyms ?? []);
      this.#index = new engine.SearchIndex(
        this.entries.map((entry) => engine.searchFields(entry, this.#lang)),
        synonyms,
        this.entries.map(({ service }) => ({ type: service.type, targetGroups: service.targetGroups ?? [] })),
      );
    }
    return this.#index;
  }

  /** Brings the results up to date with a request (computed again only when it or the answer changed). */
  update(request: SearchRequest): void {
    const last = this.request;
    if (
      !this.#stale &&
      last &&
      last.query.trim() === request.query.trim() &&
      last.filters === request.filters &&
      last.sort === request.sort &&
      last.origin === request.origin
    ) {
      return;
    }
    this.request = request;
    this.#stale = false;
    this.#compute(request);
    this.revision++;
  }

  /** Close spellings of the words the query did not match, for "did you mean". */
  suggestions(limit = 5): string[] {
    const found = this.found;
    if (!found?.unmatched.length) return [];
    const index = this.searchIndex();
    if (!index) return [];
    return [...new Set(found.unmatched.flatMap((word) => index.similar(word, 3)))].slice(0, limit);
  }

  /** A query part as the person wrote it (with diacritics and capitals), for notices. */
  spoken(part: QueryPart): string {
    return engineModule.module?.spoken(part, this.request?.query ?? '') ?? part.said;
  }

  /**
   * Why a result was found through the need lexicon, not its own words:
   * "slepý → průvodcovské a předčitatelské služby", one line per such part.
   */
  reasons(entry: ServiceEntry, lang: Lang): string[] {
    const { found, request } = this;
    const doc = this.#position.get(entry);
    if (!found || doc === undefined || !found.viaLexicon[doc]) return [];
    return engineModule.module?.reasons(found, doc, entry.service, lang, request?.query ?? '') ?? [];
  }

  #compute({ query, filters: f, sort, origin }: SearchRequest): void {
    const situation = LIFE_SITUATIONS.find((s) => s.id === f.situation);
    const q = query.trim();
    const entries = this.entries;
    // A single letter is no search yet: the whole list shows until a word takes shape.
    const engine = engineModule.module;
    if (q && !engine) void engineModule.load().then((ready) => ready && this.#refresh());
    const found = q ? this.searchIndex()?.search(q) : undefined;
    this.found = found?.searched ? found : undefined;
    let candidates: number[] | undefined;
    if (engine && found?.searched) {
      candidates = found.docs;
      this.#awaitingIndex = !found.complete;
      // Typed before the need lexicon arrived: search again once it is here.
      if (!engine.lexiconReady()) void engine.loadLexicon().then((ready) => ready && this.#refresh());
    }
    const passes = (i: number) => {
      const entry = entries[i] as ServiceEntry;
      const s = entry.service;
      if (f.targetGroup && !servesGroup(s.targetGroups, f.targetGroup)) return false;
      if (f.type && s.type !== f.type) return false;
      if (f.form && !s.forms?.includes(f.form as never)) return false;
      if (f.city && !entry.cityKeys.includes(f.city)) return false;
      if (f.free && !entry.free) return false;
      if (this.#extraFilter && !this.#extraFilter(entry, f)) return false;
      return !situation || fitsSituation(situation, s.type, s.targetGroups);
    };
    // Entries are in name order, so index order is name order.
    let indices: number[];
    if (candidates) indices = candidates.filter(passes);
    else {
      indices = [];
      for (let i = 0; i < entries.length; i++) if (passes(i)) indices.push(i);
    }
    if (sort === 'distance' && origin) {
      const distance = new Float64Array(entries.length);
      for (const i of indices) distance[i] = distanceOf(entries[i] as ServiceEntry, origin, this.towns) ?? Infinity;
      indices.sort((a, b) => (distance[a] as number) - (distance[b] as number) || a - b);
    }
    this.leading = Number.POSITIVE_INFINITY;
    if (sort === 'relevance' && this.found) {
      const { score, leading } = this.found;
      sortByScore(indices, score);
      // A need the query names: the services that meet it come first, those that may help after "show more".
      this.leading = indices.filter((i) => (score[i] as number) >= leading).length || this.leading;
    }
    this.results = indices.map((i) => entries[i] as ServiceEntry);
  }

  /** Something changed the answer to the current request: compute it again and render. */
  /** Sets the later filters, or tells that their answer changed (the clock moved, the list changed). */
  setExtraFilter(test: (entry: ServiceEntry, filters: CatalogueFilters) => boolean): void {
    this.#extraFilter = test;
    this.#refresh();
  }

  #refresh(): void {
    if (!this.host.isConnected) return;
    this.#stale = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.entries.length) return;
    // The engine and the need lexicon follow the first render in modules of their own.
    const engine = engineModule.module;
    if (!engine) {
      void engineModule.load().then((ready) => ready && this.host.isConnected && this.host.requestUpdate());
      return;
    }
    if (!engine.lexiconReady()) {
      void engine.loadLexicon().then((ready) => ready && this.request?.query.trim() && this.#refresh());
    }
    // Build the search index in idle slices while the person reads, so the first keystroke is fast
    // and the page never freezes for the whole build.
    if (this.#building || this.#index?.complete) return;
    this.#building = true;
    const step = (deadline?: IdleDeadline) => {
      const index = this.host.isConnected ? this.searchIndex() : undefined;
      if (!index || !this.entries.length) {
        this.#building = false;
        return;
      }
      do {
        if (index.indexMore(250)) {
          this.#building = false;
          if (this.#awaitingIndex) this.#refresh();
          return;
        }
      } while (deadline && deadline.timeRemaining() > 4);
      schedule(step);
    };
    schedule(step);
  }
}

/**
 * Kilometres from a place to the service: to its nearest visible place, and
 * for a field service (terénní) also to the municipalities it serves, which
 * it comes to (their centres, as the data's places give them), although its
 * address is often the provider's seat elsewhere.
 */
export function distanceOf(entry: ServiceEntry, origin: Origin, towns?: TownList): number | undefined {
  let best = Number.POSITIVE_INFINITY;
  for (const point of entry.points) best = Math.min(best, distanceKm(origin, point));
  if (towns && entry.service.forms?.includes('terenni')) {
    for (const key of entry.cityKeys) {
      const town = towns.at(key);
      if (town) best = Math.min(best, distanceKm(origin, town));
    }
  }
  return best === Number.POSITIVE_INFINITY ? undefined : best;
}

/**
 * Orders entry indices by score, best first, ties in name order (index order).
 * A broad query leaves thousands: each becomes one number, score and index
 * together, and the numbers are sorted natively, not by a comparator function.
 */
export function sortByScore(indices: number[], score: Float32Array): void {
  // Up to 2^26 documents; scores to 1/1024 (finer than any two weights differ) above them: exact in a double.
  const INDEX_SPAN = 2 ** 26;
  let best = 0;
  for (const i of indices) best = Math.max(best, score[i] as number);
  const keys = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    keys[k] = Math.round((best - (score[i] as number)) * 1024) * INDEX_SPAN + i;
  }
  keys.sort();
  for (let k = 0; k < keys.length; k++) indices[k] = (keys[k] as number) % INDEX_SPAN;
}

export type FilterOptions = ReturnType<typeof filterOptions>;

/** The values present in the data, for the filter menus. */
function filterOptions(entries: ServiceEntry[]) {
  const types = new Set<string>();
  const targetGroups = new Set<string>();
  const forms = new Set<string>();
  const cities = new Map<string, string>();
  // Plain indexed loops: this runs once per data, over every service, before the JIT has warmed up.
  for (let e = 0; e < entries.length; e++) {
    const { service, cities: names, cityKeys } = entries[e] as ServiceEntry;
    types.add(service.type);
    const groups = service.targetGroups;
    if (groups) for (let i = 0; i < groups.length; i++) targetGroups.add(groups[i] as string);
    const serviceForms = service.forms;
    if (serviceForms) for (let i = 0; i < serviceForms.length; i++) forms.add(serviceForms[i] as string);
    // The entry has its towns folded already; the first spelling met names the town.
    for (let i = 0; i < names.length; i++) {
      const key = cityKeys[i] as string;
      if (!cities.has(key)) cities.set(key, names[i] as string);
    }
  }
  // A broad group is offered when a narrower one it covers is present ("zdravotní postižení" for "zrakové").
  for (const [broad, narrower] of Object.entries(TARGET_GROUP_CHILDREN)) {
    if (narrower.some((group) => targetGroups.has(group))) targetGroups.add(broad);
  }
  return {
    types,
    targetGroups,
    forms,
    cities,
    cityChoices: new PlaceChoices(cities.size, () => sortCzech([...cities], ([, name]) => name)),
  };
}

/** Runs work when the browser is idle (or soon, where requestIdleCallback is missing). */
function schedule(work: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}
