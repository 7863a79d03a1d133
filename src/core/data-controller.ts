/**
 * The shared data loader of every element: from the `src` attribute (one URL
 * or several separated by spaces), an inline `<script type="application/json">`
 * child, or the `data` property. It watches `src` and `data` itself and loads
 * when either changes; the host renders what `state` and `dataset` say. Stale
 * responses never overwrite newer ones.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from './events.js';
import { acquire, datasetFromText, type LoadError, type LoadResult, release } from './loader.js';
import { EMPTY_DATASET, mergeDatasets } from './merge.js';
import type { KpssDataset, MergedDataset } from './types.js';
import { type DataIssue, validateDataset } from './validate.js';

export type DataState = 'empty' | 'loading' | 'ready' | 'error';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  data?: KpssDataset | KpssDataset[];
}

/** Name used for data given inline or through the `data` property. */
export const INLINE_SOURCE = 'inline';

export class DataController implements ReactiveController {
  state: DataState = 'empty';
  dataset: MergedDataset = EMPTY_DATASET;
  issues: DataIssue[] = [];
  /** Files that could not be loaded; the others are still shown. */
  errors: LoadError[] = [];
  /** The first files of `src` are shown, later ones are still on their way. */
  more?: boolean;
  #generation = 0;
  #acquired: string[] = [];
  #interrupted = false;
  /** The `src` and `data` last loaded from. */
  #loadedFrom?: { src: string; data: unknown };

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.load();
    }
  }

  /**
   * Loads when `src` or `data` changed since the last load (and at first). The base element asks at
   * the start of each update, before the elements' own `willUpdate`, so they see the state it leads to
   * (data given by a script is ready at once).
   */
  update(): void {
    const { src, data } = this.host;
    if (this.#loadedFrom?.src !== src || this.#loadedFrom?.data !== data) void this.load();
  }

  hostDisconnected(): void {
    if (this.state === 'loading') {
      this.#interrupted = true;
      this.#generation++;
    }
    this.#releaseAll();
  }

  /** URLs from the `src` attribute. */
  get urls(): string[] {
    return (this.host.src ?? '').split(/\s+/).filter(Boolean);
  }

  /** Loads (again) from the current `src`, `data` or inline JSON. */
  async load(): Promise<void> {
    const generation = ++this.#generation;
    this.#releaseAll();
    const urls = this.urls;
    const { src, data } = this.host;
    this.#loadedFrom = { src, data };
    let results: LoadResult[];
    if (urls.length > 0) {
      this.state = 'loading';
      this.host.requestUpdate();
      this.#acquired = urls;
      // All requested at once, shown in the order of `src` as they arrive: a large dataset split into
      // files (`kpss-data split`) shows its first services before the rest has downloaded.
      const pending = urls.map((url) => acquire(url, this));
      results = [];
      for (const result of pending) {
        results.push(await result);
        if (generation !== this.#generation) return;
        if (results.length < urls.length && results.every((r) => r.ok)) this.#apply(results);
      }
    } else if (data !== undefined && data !== null) {
      const list = Array.isArray(data) ? data : [data];
      // Validation never changes the page's objects: repaired records are copies.
      results = list.map((item, i) => {
        const source = list.length > 1 ? `${INLINE_SOURCE}[${i}]` : INLINE_SOURCE;
        return { ok: true, url: source, ...validateDataset(item, source) };
      });
    } else {
      const script = this.host.querySelector(':scope > script[type="application/json"]');
      results = script ? [datasetFromText(INLINE_SOURCE, script.textContent ?? '')] : [];
    }
    this.#apply(results);
  }

  #apply(results: LoadResult[]): void {
    const loaded = results.filter((r) => r.ok);
    this.errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
    // Each file's issues, then what merging them found (the same id in two files).
    this.issues = loaded.flatMap((r) => r.issues);
    this.dataset = loaded.length
      ? mergeDatasets(
          loaded.map((r) => ({ source: r.url, dataset: r.dataset })),
          this.issues,
        )
      : EMPTY_DATASET;
    this.state = results.length === 0 ? 'empty' : loaded.length === 0 ? 'error' : 'ready';
    this.more = results.length < this.urls.length;
    this.host.requestUpdate();
    if (this.errors.length) emit(this.host, 'kpss-error', { errors: this.errors });
    if (loaded.length) {
      const { providers, services, groups, plans } = this.dataset;
      emit(this.host, 'kpss-load', {
        sources: loaded.map((r) => r.url),
        counts: {
          providers: providers.length,
          services: services.length,
          groups: groups.length,
          plans: plans.length,
        },
        issues: this.issues.length,
      });
    }
  }

  #releaseAll(): void {
    for (const url of this.#acquired) release(url, this);
    this.#acquired = [];
  }
}
