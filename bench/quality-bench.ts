/**
 * Search quality benchmark, run in headless Chromium by
 * scripts/bench-quality.mjs: the everyday queries of bench/queries/ typed
 * into a real <kpss-catalogue>, next to plain fuse.js with its default
 * options and MiniSearch (an inverted index, with prefix and fuzzy search as
 * its documentation suggests for search as you type) over the same records,
 * in the same page.
 *
 * A service is relevant to a query when its type is one of the query's
 * helpful types. Per query and overall: hit@3 (a relevant service among the
 * first three), empty (no result although the dataset holds a relevant
 * service), precision@10 (relevant among the first ten shown, of those
 * shown) and recall@10 (relevant among the first ten, of the relevant ones
 * that fit in ten). Queries whose dataset holds no relevant service are
 * counted apart and left out of the means.
 *
 * The catalogue shows first the services that meet a need the query names;
 * those that may help follow a button ("Zobrazit další služby, které mohou
 * pomoci"). `ours` scores the cards shown before it, `oursList` the whole
 * list the button opens.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import '../src/catalogue/index.js';
import type { KpssCatalogue } from '../src/catalogue/catalogue.js';
import { loadLexicon } from '../src/catalogue/search-index.js';
import { toEntry } from '../src/catalogue/service-model.js';
import { mergeDatasets } from '../src/core/merge.js';
import type { KpssDataset, ServiceRecord } from '../src/core/types.js';
import { validateDataset } from '../src/core/validate.js';
import { SERVICE_TYPES, TARGET_GROUPS } from '../src/core/vocabulary.js';

export interface Query {
  q: string;
  types: string[];
  class: string;
}

interface Scores {
  hit3: number;
  empty: number;
  precision10: number;
  recall10: number;
}

export interface QueryScore {
  q: string;
  class: string;
  relevantInData: number;
  ours: Scores & { top: string[]; count: number };
  oursList: Scores & { count: number };
  fuse: Scores & { count: number };
  minisearch: Scores & { count: number };
}

function score(results: ServiceRecord[], query: Query, relevantInData: number): Scores {
  const top10 = results.slice(0, 10);
  const isRelevant = (s: ServiceRecord) => query.types.includes(s.type);
  const relevantTop10 = top10.filter(isRelevant).length;
  return {
    hit3: results.slice(0, 3).some(isRelevant) ? 1 : 0,
    empty: results.length === 0 ? 1 : 0,
    precision10: top10.length ? relevantTop10 / top10.length : 0,
    recall10: relevantTop10 / Math.min(10, relevantInData),
  };
}

/** Runs every query against one dataset; returns a score per query. */
export async function runQuality(datasets: KpssDataset[], queries: Query[]): Promise<QueryScore[]> {
  await loadLexicon();
  const host = document.createElement('kpss-catalogue') as KpssCatalogue;
  host.setAttribute('lang', 'cs');
  document.body.append(host);
  host.data = datasets;
  await host.updateComplete;
  const input = host.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('The catalogue rendered no search field.');

  // Plain fuse.js, default options, over the same fields the catalogue shows.
  const merged = mergeDatasets(
    datasets.map((dataset, i) => ({
      source: `quality-${i}`,
      dataset: validateDataset(dataset, `quality-${i}`).dataset,
    })),
  );
  const records = merged.services.map((s) => {
    const entry = toEntry(s);
    return {
      service: s,
      name: s.name,
      type: SERVICE_TYPES[s.type].label.cs,
      targetGroups: (s.targetGroups ?? []).map((g) => TARGET_GROUPS[g].cs).join(', '),
      provider: s.$provider?.name ?? '',
      cities: entry.cities.join(' '),
      keywords: (s.keywords ?? []).join(' '),
      description: s.description ?? '',
    };
  });
  const FIELDS = ['name', 'type', 'targetGroups', 'provider', 'cities', 'keywords', 'description'];
  const fuse = new Fuse(records, { keys: FIELDS });
  const mini = new MiniSearch({ fields: FIELDS, searchOptions: { prefix: true, fuzzy: 0.2 } });
  mini.addAll(records.map((record, id) => ({ id, ...record })));

  const scores: QueryScore[] = [];
  for (const query of queries) {
    input.value = query.q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await host.updateComplete;
    const list = host.visibleServices;
    const ours = list.slice(0, host.shadowRoot?.querySelectorAll('.results > .card').length);
    const theirs = fuse.search(query.q).map((result) => result.item.service);
    const minis = mini
      .search(query.q)
      .map((result) => (records[result.id as number] as (typeof records)[number]).service);
    const relevantInData = merged.services.filter((s) => query.types.includes(s.type)).length;
    scores.push({
      q: query.q,
      class: query.class,
      relevantInData,
      ours: { ...score(ours, query, relevantInData), top: ours.slice(0, 3).map((s) => s.name), count: ours.length },
      oursList: { ...score(list, query, relevantInData), count: list.length },
      fuse: { ...score(theirs, query, relevantInData), count: theirs.length },
      minisearch: { ...score(minis, query, relevantInData), count: minis.length },
    });
  }
  host.remove();
  return scores;
}

declare global {
  interface Window {
    runQuality: typeof runQuality;
  }
}
window.runQuality = runQuality;
