/**
 * Fast Czech full-text search over thousands of services.
 *
 * fuse.js scans every record on every keystroke. Here each query word is
 * matched against the *vocabulary* of indexed word stems instead (exact,
 * prefix, synonyms, need words of the lexicon, and — only when those find
 * nothing — close spellings in the vocabulary for typos), and documents are
 * then looked up in an inverted index. The vocabulary is far smaller than
 * the records' text, so a keystroke costs a few milliseconds even for
 * 15,000 services.
 *
 * The catalogue loads this module right after its first render, which shows
 * the whole list and needs no search.
 *
 * Over 400 lines: the index, the reading of a query and the ranking are one algorithm sharing scratch
 * arrays; split, they would hand those arrays around at every keystroke.
 */

import { type Lang, label, typeLabel } from '../core/i18n.js';
import { lazyModule } from '../core/lazy.js';
import { fold, stem, words } from '../core/text.js';
import type { ServiceRecord } from '../core/types.js';
import { type Labels, SERVICE_TYPES, TARGET_GROUPS } from '../core/vocabulary.js';
import type { Concept, Lexicon, QueryPart } from './lexicon/lexicon.js';
import { GROUP, TYPE, UNTARGETED } from './lexicon/types.js';
import type { ServiceEntry } from './service-model.js';

/**
 * Edit distance of two words (insertions, deletions, substitutions and
 * swaps of neighbouring letters: "pečovatleská"), or `max + 1` as soon as it
 * is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

const lexiconModule = lazyModule(() => import('./lexicon/lexicon.js'));

/** Loads the need lexicon once per page; resolves false if its module could not be loaded. */
export const loadLexicon = (): Promise<boolean> => lexiconModule.load();

/** Whether citizens' need words are understood now. */
export const lexiconReady = (): boolean => lexiconModule.module !== undefined;

/** The need lexicon, once loaded. */
export const loadedLexicon = (): Lexicon | undefined => lexiconModule.module?.lexicon;

/** What a document is, beyond its text: its service type and target groups, for the need lexicon. */
export interface Facets {
  type: string;
  targetGroups: readonly string[];
}

/** Weights of those terms, as the fields they stand for (type label 3, target groups 2). */
const FACET_WEIGHT = { type: 3, group: 2, untargeted: 1.6 } as const;

/** One searchable field of a document, with its weight (name above description). */
export interface Field {
  text: string;
  weight: number;
}

export interface SearchResult {
  /** Documents matching the most query parts (every part when some document does), in document order. */
  docs: number[];
  /** Score of each document by its index (0 for documents that do not match); valid until the next search. */
  score: Float32Array;
  /** Index terms the query matched, for highlighting. */
  terms: Set<string>;
  /** Query words that matched nothing. */
  unmatched: string[];
  /** Whether the query had a word to search for (a single letter alone is not searched). */
  searched: boolean;
  /** The query's parts (words, or phrases the lexicon knows), stop words left out. */
  parts: QueryPart[];
  /** True when no document matches every part that matched something: the results match part of the query. */
  partial: boolean;
  /** Parts that some result matches (for the partial-match notice). */
  matchedParts: QueryPart[];
  /** Per document, the parts it matched through the lexicon only, not its own words (bit i = part i). */
  viaLexicon: Uint32Array;
  /** Whether every document was searched (false while the index is still being built). */
  complete: boolean;
  /**
   * Documents scoring this much or more lead (LEADS): those that meet a need the query names, above those that
   * only may help. Infinity when the query names no need.
   */
  leading: number;
}

/** Parts of a query beyond this many are searched as one more word each but not told apart. */
const MAX_PARTS = 31;

/** How well a vocabulary term answers a query word. */
const QUALITY = { exact: 1, prefix: 0.85, synonym: 0.8, fuzzy: 0.6 } as const;
/** Results scoring below this share of the best result's score are left out. */
const RELATIVE_CUTOFF = 0.3;
/**
 * Of a query naming a need, the documents that lead (shown first; the rest after "show more"): scoring at least
 * this share of the best score, or meeting the need through the lexicon (its types and target groups) at least
 * `need` as well as the best. So the services of the need's types (weights 1, 0.7) and any service for the people
 * it names lead; a type that only may help (0.4) or a word in a description follows. Leading documents get
 * `bonus` added to their score, so that ordering by score puts them first.
 */
const LEADS = { score: 0.58, need: 0.8, bonus: 1000 } as const;
/** What a need phrase's own words count for in a record that has only some of them. */
const PARTIAL_PHRASE = 0.5;

/** Folded words that name no particular service ("služba", "pomoc", "péče"; see also lexicon/stop-words.ts). */
const GENERIC = /^(sluzb|pomoc|pece)/;

/** Tokens of a text: stems of its folded words. */
export function tokens(text: string): string[] {
  return words(text).map(stem);
}

interface Posting {
  docs: number[];
  weights: number[];
}

export class SearchIndex {
  readonly size: number;
  /** How long a search may spend completing the index before it answers from the part indexed so far. */
  static indexBudgetMs = 12;
  readonly #postings = new Map<string, Posting>();
  /** Every indexed term, sorted, for prefix look-ups (set when indexing completes). */
  #vocabulary: string[] = [];
  /** Term → its synonym group's terms. */
  readonly #synonyms = new Map<string, string[]>();

  /** Documents indexed so far; the rest waits for `indexMore` or the first search. */
  #indexed = 0;
  /** Type labels, target groups, providers and towns repeat across thousands of services. */
  readonly #tokenCache = new Map<string, string[]>();

  /**
   * Documents are indexed in slices by `indexMore` (the catalogue does it in
   * idle time, so the page never freezes for the whole build), or all at once
   * by the first search.
   */
  constructor(
    private readonly documents: Field[][],
    synonyms: string[][] = [],
    private readonly facets?: readonly Facets[],
  ) {
    this.size = documents.length;
    for (const group of synonyms) {
      // A one-word entry counts whole ("DD"); of a phrase, only its longer words that say something ("tísňové
      // tlačítko", not "pro"; "dovoz obědů" beside "pečovatelská služba" must not make every "služba" a meal).
      const stems = [
        ...new Set(
          group.flatMap((entry) =>
            words(entry).length === 1
              ? tokens(entry)
              : words(entry)
                  .filter((word) => word.length >= 4 && !GENERIC.test(word))
                  .flatMap(tokens),
          ),
        ),
      ];
      for (const term of stems) {
        this.#synonyms.set(term, [...new Set([...(this.#synonyms.get(term) ?? []), ...stems])]);
      }
    }
  }

  #done = false;
  /**
   * Per-document arrays reused by every search (no garbage at each keystroke); a tuple, so the bundle
   * doesn't carry their names. wordsHit: how many words of the current part a document has; needsMet: how
   * many of the query's parts that name a need it meets; partMasks: the parts it matched (bit i = part i);
   * byNeeds: its score through the lexicon alone.
   */
  #scratch?: [
    total: Float32Array,
    matchedWords: Uint8Array,
    needsMet: Uint8Array,
    wordScore: Float32Array,
    textScore: Float32Array,
    wordBest: Float32Array,
    wordsHit: Uint8Array,
    viaLexicon: Uint32Array,
    partMasks: Uint32Array,
    byNeeds: Float32Array,
  ];

  /** Whether every document is indexed. */
  get complete(): boolean {
    return this.#done;
  }

  /** Indexes up to `count` more documents; returns true when the index is complete. */
  indexMore(count = Number.POSITIVE_INFINITY): boolean {
    const end = Math.min(this.size, this.#indexed + count);
    for (let doc = this.#indexed; doc < end; doc++) {
      const best = new Map<string, number>();
      for (const field of this.documents[doc] as Field[]) {
        let terms = this.#tokenCache.get(field.text);
        if (!terms) this.#tokenCache.set(field.text, (terms = tokens(field.text)));
        for (const term of terms) {
          if (term.length < 2) continue;
          best.set(term, Math.max(best.get(term) ?? 0, field.weight));
        }
      }
      const facets = this.facets?.[doc];
      if (facets) {
        best.set(TYPE + facets.type, FACET_WEIGHT.type);
        for (const group of facets.targetGroups) best.set(GROUP + group, FACET_WEIGHT.group);
        if (facets.targetGroups.length === 0) best.set(UNTARGETED + facets.type, FACET_WEIGHT.untargeted);
      }
      for (const [term, weight] of best) {
        let posting = this.#postings.get(term);
        if (!posting) this.#postings.set(term, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push(weight);
      }
    }
    this.#indexed = end;
    if (end === this.size && !this.#done) {
      this.#vocabulary = [...this.#postings.keys()].sort();
      this.#tokenCache.clear();
      this.#done = true;
    }
    return this.#done;
  }

  /** Terms of the vocabulary that start with `prefix` (binary search on the sorted list). */
  #withPrefix(prefix: string): string[] {
    // While the index is being built the vocabulary is not sorted yet: look through the terms so far.
    if (!this.#done) {
      const found: string[] = [];
      for (const term of this.#postings.keys()) if (term.startsWith(prefix)) found.push(term);
      return found;
    }
    const list = this.#vocabulary;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < list.length && (list[i] as string).startsWith(prefix); i++) found.push(list[i] as string);
    return found;
  }

  /**
   * Close spellings of a word among the vocabulary and the lexicon's need
   * words, best first: one letter wrong, missing, extra or swapped in words of
   * up to six letters, two in longer ones (as search engines' "fuzziness
   * auto"). People rarely mistype the first letter, and one letter's terms are
   * a fraction of the vocabulary.
   */
  similar(word: string, limit = 5): string[] {
    // Typos are matched once the index is complete (the catalogue searches again then).
    if (word.length < 4 || !this.#done) return [];
    const max = word.length <= 6 ? 1 : 2;
    // In a short word a letter more makes another word ("sleep" is no "slep"); a letter missing ("hospc")
    // or changed is still a typo.
    const short = word.length <= 5;
    const letter = word.charAt(0);
    const candidates = new Set(this.#withPrefix(letter));
    for (const term of loadedLexicon()?.terms ?? []) if (term.startsWith(letter)) candidates.add(term);
    const found: [string, number][] = [];
    for (const term of candidates) {
      if (term === word || (short && term.length < word.length)) continue;
      const distance = editDistance(word, term, max);
      if (distance <= max) found.push([term, distance]);
    }
    // Closest first; among equals the more common word (more services use it).
    const uses = (term: string) => this.#postings.get(term)?.docs.length ?? 0;
    found.sort((x, y) => x[1] - y[1] || uses(y[0]) - uses(x[0]));
    return found.slice(0, limit).map(([term]) => term);
  }

  /**
   * Vocabulary terms a query word matches, with the quality of each match (typos are the search's
   * last resort, when neither this nor the lexicon found anything). `others`: the stems of the other
   * words of its phrase, which no synonym of it stands for.
   */
  expand(
    queryWord: string,
    prefixes: boolean | 'unless-found' = true,
    others: readonly string[] = [],
  ): Map<string, number> {
    const matches = new Map<string, number>();
    const add = (term: string, quality: number) => {
      if (this.#postings.has(term) && quality > (matches.get(term) ?? 0)) matches.set(term, quality);
    };
    const term = stem(queryWord);
    add(term, QUALITY.exact);
    // Words being typed are prefixes: from three letters, or two that are no word of their own
    // ("pe" while typing "pečovatelská"; "ve" stays the word it is).
    if (
      (prefixes === true || (prefixes === 'unless-found' && !matches.size)) &&
      (term.length >= 3 || (term.length === 2 && !matches.size))
    ) {
      for (const t of this.#withPrefix(term)) add(t, QUALITY.prefix);
    }
    // Stems of inflected forms differ in their last letters ("postiz"/"postizen").
    for (let cut = 1; cut <= 2 && term.length - cut >= 4; cut++) add(term.slice(0, -cut), QUALITY.prefix);
    for (const synonym of this.#synonyms.get(term) ?? []) {
      // A phrase's other words count themselves: "seniory" of "domov pro seniory" is no "domov" (one synonym group).
      if (others.includes(synonym)) continue;
      add(synonym, QUALITY.synonym);
      if (synonym.length >= 4) for (const t of this.#withPrefix(synonym)) add(t, QUALITY.synonym * 0.9);
    }
    return matches;
  }

  /** Adds the index terms of needs (their types and target groups) a query part names. */
  #expandConcepts(concepts: readonly Concept[], quality: number, into: Map<string, number>): void {
    const lexicon = loadedLexicon();
    if (!lexicon) return;
    for (const [term, q] of lexicon.facetTerms(concepts, quality)) {
      if (this.#postings.has(term) && q > (into.get(term) ?? 0)) into.set(term, q);
    }
  }

  /** Concepts of a word being typed that the lexicon knows by its first letters ("vozíčk"). */
  #looseConcepts(word: string, last: boolean): Concept[] {
    const lexicon = loadedLexicon();
    return lexicon && last ? lexicon.conceptsByPrefix(word) : [];
  }

  /** The query's parts: lexicon phrases and words, stop words left out (all words when nothing else is left). */
  #partsOf(queryWords: string[]): QueryPart[] {
    // Until the lexicon arrives (right after the first render) every word counts.
    const lexicon = loadedLexicon();
    return lexicon
      ? lexicon.parse(queryWords)
      : queryWords.map((word) => ({ said: word, words: [word], concepts: [] }));
  }

  search(query: string): SearchResult {
    // Complete the index within a short budget; a large dataset answers from what is indexed so far
    // (the catalogue searches again once the index is complete), so typing never waits for it.
    const deadline = performance.now() + SearchIndex.indexBudgetMs;
    while (!this.#done && (this.#indexed === 0 || performance.now() < deadline)) this.indexMore(250);
    const searchedDocs = this.#indexed;
    const queryWords = [...new Set(words(query))].filter((word) => word.length >= 2 || /\d/.test(word));
    // Scratch arrays are reused between searches: no garbage at every keystroke.
    const n = this.size;
    const [total, matchedWords, needsMet, wordScore, textScore, wordBest, wordsHit, viaLexicon, partMasks, byNeeds] =
      (this.#scratch ??= [
        new Float32Array(n),
        new Uint8Array(n),
        new Uint8Array(n),
        new Float32Array(n),
        new Float32Array(n),
        new Float32Array(n),
        new Uint8Array(n),
        new Uint32Array(n),
        new Uint32Array(n),
        new Float32Array(n),
      ]);
    total.fill(0);
    matchedWords.fill(0);
    needsMet.fill(0);
    viaLexicon.fill(0);
    partMasks.fill(0);
    byNeeds.fill(0);
    const parts = this.#partsOf(queryWords);
    const result: SearchResult = {
      docs: [],
      score: total,
      terms: new Set(),
      unmatched: [],
      searched: queryWords.length > 0,
      parts,
      partial: false,
      matchedParts: [],
      viaLexicon,
      complete: this.#done,
      leading: Number.POSITIVE_INFINITY,
    };
    if (queryWords.length === 0) return result;
    let searchedParts = 0;
    parts.forEach((part, p) => {
      // Each word of the part in the records' own text: a record with more of a phrase's words ranks higher.
      // A registry abbreviation ("OA", "DS") is the service type, not the start of other words ("Oáza").
      const abbreviation = part.concepts.length > 0 && part.words.length === 1 && (part.words[0] as string).length <= 4;
      // The words of a phrase the lexicon knows are whole words too: "doma" of "pomoc seniorům doma" is no "Domažlice".
      const known = part.concepts.length > 0 && part.words.length > 1;
      // A word followed by others is complete: its own stem, or the start of longer words only if it has none.
      const last = p === parts.length - 1;
      const stems = part.words.map(stem);
      const byWord = part.words.map((word, w) =>
        this.expand(
          word,
          abbreviation || known ? false : last && w === part.words.length - 1 ? true : 'unless-found',
          stems.filter((_, other) => other !== w),
        ),
      );
      const text = byWord[0] ?? new Map<string, number>();
      const facets = new Map<string, number>();
      this.#expandConcepts(part.concepts, 1, facets);
      // A word being typed ("vozíčk") may be the start of a need word, unless it is a word of its own.
      if (!part.concepts.length && part.words.length === 1 && !text.has(stem(part.words[0] as string))) {
        this.#expandConcepts(
          this.#looseConcepts(part.words[0] as string, p === parts.length - 1),
          QUALITY.prefix,
          facets,
        );
      }
      if (byWord.every((expansion) => expansion.size === 0) && facets.size === 0) {
        // A typo: close spellings among the records' words and the lexicon's need words.
        for (const word of part.words) {
          for (const similar of this.similar(stem(word))) {
            if (this.#postings.has(similar) && !text.has(similar)) text.set(similar, QUALITY.fuzzy);
            const known = loadedLexicon()?.conceptsOf(similar);
            if (known) this.#expandConcepts(known, QUALITY.fuzzy, facets);
          }
        }
      }
      if (byWord.every((expansion) => expansion.size === 0) && facets.size === 0) {
        result.unmatched.push(part.said);
        return;
      }
      searchedParts++;
      const bit = 1 << Math.min(p, MAX_PARTS - 1);
      wordScore.fill(0);
      textScore.fill(0);
      wordsHit.fill(0);
      for (const expansion of byWord) {
        const target = byWord.length === 1 ? textScore : wordBest.fill(0);
        for (const [term, quality] of expansion) {
          result.terms.add(term);
          this.#accumulate(term, quality, target);
        }
        // A phrase's words count by their mean: a record with all of them equals one named by a single word,
        // and the need the phrase names outranks records that only share one of its words.
        if (target !== textScore) {
          for (let doc = 0; doc < searchedDocs; doc++) {
            const found = target[doc] as number;
            textScore[doc] += found / byWord.length;
            if (found > 0) wordsHit[doc] = (wordsHit[doc] as number) + 1;
          }
        }
      }
      // A phrase that names a need means the need: a record sharing only some of its words ("seniora" of
      // "podvod na seniora") is weak evidence, below the services that meet the need; so is one that shares its
      // only word besides small ones, which a text can't show ("domova" of "bez domova" in "Domov pro seniory").
      const phrase = part.concepts.length > 0 && part.said.includes(' ');
      if (phrase) {
        for (let doc = 0; doc < searchedDocs; doc++) {
          // (A part of one word besides small ones counts no hits: its text goes to `textScore` directly.)
          if ((wordsHit[doc] as number) < byWord.length) textScore[doc] = (textScore[doc] as number) * PARTIAL_PHRASE;
        }
      }
      for (const [term, quality] of facets) this.#accumulate(term, quality, wordScore);
      for (let doc = 0; doc < searchedDocs; doc++) {
        const byText = textScore[doc] as number;
        const byNeed = wordScore[doc] as number;
        if (byText > 0 || byNeed > 0) {
          total[doc] = (total[doc] as number) + Math.max(byText, byNeed);
          byNeeds[doc] = (byNeeds[doc] as number) + byNeed;
          matchedWords[doc] = (matchedWords[doc] as number) + 1;
          partMasks[doc] = (partMasks[doc] as number) | bit;
          // It meets the need through the need's services, or by the whole phrase in its own words.
          if (facets.size && (byNeed > 0 || !phrase || (wordsHit[doc] as number) >= byWord.length))
            needsMet[doc] = (needsMet[doc] as number) + 1;
          if (byText === 0) viaLexicon[doc] = (viaLexicon[doc] as number) | bit;
        }
      }
    });
    // Several parts narrow the result: documents matching the most parts, every part when some do; of those,
    // the ones meeting the most of the needs named. Words the lexicon doesn't know refine, they don't decide:
    // a home "pro matky s dětmi" is no answer to "kam s dítětem s autismem" beside the services for autism.
    let most = 0;
    let needs = 0;
    for (let doc = 0; doc < searchedDocs; doc++) most = Math.max(most, matchedWords[doc] as number);
    if (most === 0) return result;
    const top = (doc: number) => matchedWords[doc] === most && needsMet[doc] === needs;
    for (let doc = 0; doc < searchedDocs; doc++)
      if (matchedWords[doc] === most) needs = Math.max(needs, needsMet[doc] as number);
    // Of those, the ones that answer well: a record far below the best (a word in a long description,
    // a need word's "may help" type) would bury the ones that answer the question.
    let best = 0;
    for (let doc = 0; doc < searchedDocs; doc++) if (top(doc)) best = Math.max(best, total[doc] as number);
    let used = 0;
    let bestNeed = 0;
    for (let doc = 0; doc < searchedDocs; doc++) {
      if (top(doc) && (total[doc] as number) >= best * RELATIVE_CUTOFF) {
        result.docs.push(doc);
        used |= partMasks[doc] as number;
        bestNeed = Math.max(bestNeed, byNeeds[doc] as number);
      }
    }
    if (bestNeed > 0) {
      result.leading = LEADS.bonus;
      for (const doc of result.docs) {
        if ((total[doc] as number) >= best * LEADS.score || (byNeeds[doc] as number) >= bestNeed * LEADS.need)
          total[doc] = (total[doc] as number) + LEADS.bonus;
      }
    }
    result.partial = most < searchedParts || result.unmatched.length > 0;
    result.matchedParts = parts.filter((_, p) => used & (1 << Math.min(p, MAX_PARTS - 1)));
    return result;
  }

  /** Adds a term's documents to a part's scores, keeping each document's best. */
  #accumulate(term: string, quality: number, scores: Float32Array): void {
    const posting = this.#postings.get(term) as Posting;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] as number;
      const score = quality * (posting.weights[i] as number);
      if (score > (scores[doc] as number)) scores[doc] = score;
    }
  }
}

/** A query part as the person wrote it (with diacritics and capitals), for notices. */
export function spoken(part: QueryPart, query: string): string {
  const typed = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return part.said
    .split(' ')
    .map((word) => typed.find((original) => fold(original) === word) ?? word)
    .join(' ');
}

/**
 * Why a document was found through the need lexicon, not its own words:
 * "slepý → průvodcovské a předčitatelské služby", one line per such part.
 */
export function reasons(found: SearchResult, doc: number, service: ServiceRecord, lang: Lang, query: string): string[] {
  const lexicon = loadedLexicon();
  const mask = found.viaLexicon[doc] as number;
  if (!mask || !lexicon) return [];
  return found.parts
    .filter((_, p) => mask & (1 << Math.min(p, MAX_PARTS - 1)))
    .map((part) => `${spoken(part, query)} → ${lexicon.explain(part, service, lang)}`);
}

/** Search fields of a service, weighted: name above type above target groups above description. */
export function searchFields(entry: ServiceEntry, lang: Lang): Field[] {
  const { service } = entry;
  const type = SERVICE_TYPES[service.type];
  const labels = (values: readonly string[] | undefined, table: Record<string, Labels>) =>
    (values ?? [])
      .map((code) => (lang === 'cs' ? table[code]?.cs : `${table[code]?.cs} ${label(table, code, lang)}`))
      .join(' ');
  return [
    { text: service.name, weight: 5 },
    { text: `${type.label.cs} ${lang === 'cs' ? '' : typeLabel(service.type, lang)}`, weight: 3 },
    { text: (service.keywords ?? []).join(' '), weight: 3 },
    { text: labels(service.targetGroups, TARGET_GROUPS), weight: 2 },
    { text: service.$provider?.name ?? '', weight: 2 },
    { text: entry.cities.join(' '), weight: 1.5 },
    { text: service.description ?? '', weight: 1 },
  ];
}
