/**
 * Fast Czech full-text search over thousands of services.
 *
 * fuse.js scans every record on every keystroke. Here each query word is
 * matched against the *vocabulary* of indexed word stems instead (exact,
 * prefix, synonyms, and — only when those find nothing — fuse.js over the
 * vocabulary for typos), and documents are then looked up in an inverted
 * index. The vocabulary is far smaller than the records' text, so a
 * keystroke costs a few milliseconds even for 15,000 services.
 *
 * fuse.js is needed only for typos, so it is a separate module loaded once
 * the index is built (or at the first typo): the catalogue's first download
 * stays small, and until it arrives a typo simply finds nothing yet.
 */
import type Fuse from 'fuse.js/basic';
import { fold, remembered, stem, words } from '../core/text.js';

let FuseClass: typeof Fuse | undefined;
let fuseLoading: Promise<boolean> | undefined;

/** Loads fuse.js once per page; resolves false if its module could not be loaded. */
export function loadTypoMatcher(): Promise<boolean> {
  fuseLoading ??= import('fuse.js/basic').then(
    (module) => {
      FuseClass = module.default;
      return true;
    },
    () => {
      fuseLoading = undefined;
      return false;
    },
  );
  return fuseLoading;
}

/** Whether typos can be matched now. */
export const typoMatcherReady = (): boolean => FuseClass !== undefined;

/** One searchable field of a document, with its weight (name above description). */
export interface Field {
  text: string;
  weight: number;
}

export interface SearchResult {
  /** Documents matching every query word, in document order. */
  docs: number[];
  /** Score of each document by its index (0 for documents that do not match); valid until the next search. */
  score: Float32Array;
  /** Index terms the query matched, for highlighting. */
  terms: Set<string>;
  /** Query words that matched nothing. */
  unmatched: string[];
  /** Whether the query had a word to search for (a single letter alone is not searched). */
  searched: boolean;
}

/** How well a vocabulary term answers a query word. */
const QUALITY = { exact: 1, prefix: 0.85, synonym: 0.8, fuzzy: 0.6 } as const;

/** Built-in synonyms: each group's words find each other. Dataset synonyms are added. */
export const BUILTIN_SYNONYMS: string[][] = [
  ['důchodce', 'důchodkyně', 'senior', 'stáří', 'starý', 'stařenka'],
  [
    'drogy',
    'droga',
    'závislost',
    'závislý',
    'adiktologie',
    'toxikoman',
    'pervitin',
    'alkohol',
    'alkoholismus',
    'gambling',
  ],
  ['dluhy', 'dluh', 'oddlužení', 'exekuce', 'insolvence', 'zadlužení', 'dluhové'],
  ['bezdomovec', 'bezdomovectví', 'přístřeší', 'azylový', 'noclehárna'],
  ['týrání', 'násilí', 'násilný', 'šikana', 'intervenční'],
  ['postižení', 'postižený', 'handicap', 'hendikep', 'invalidita', 'vozíčkář'],
  ['nevidomý', 'slepý', 'zrakové', 'zrakovým'],
  ['neslyšící', 'hluchý', 'sluchové', 'sluchovým', 'znakový'],
  ['demence', 'alzheimer', 'alzheimerova'],
  ['psychiatrie', 'duševní', 'psychický', 'deprese', 'schizofrenie'],
  ['dítě', 'děti', 'mládež', 'dospívající', 'teenager', 'mladiství'],
  ['rodina', 'rodiny', 'rodiče', 'matka', 'otec'],
  ['cizinec', 'cizinci', 'imigrant', 'migrant', 'uprchlík', 'azylant'],
  ['vězení', 'výkon trestu', 'propuštěný', 'probace'],
  ['krize', 'krizová', 'sebevražda', 'linka důvěry'],
  ['pečovatelka', 'pečovatelská', 'pečovatelský', 'donáška obědů', 'obědy'],
  ['poradna', 'poradenství', 'poradce'],
];

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
  private readonly postings = new Map<string, Posting>();
  /** Every indexed term, sorted, for prefix look-ups (set when indexing completes). */
  private vocabulary: string[] = [];
  /** Term → its synonym group's terms. */
  private readonly synonyms = new Map<string, string[]>();
  /** fuse.js over the terms with the same first letter, made on first need. */
  private readonly fuseByLetter = new Map<string, Fuse<string>>();

  /** Documents indexed so far; the rest waits for `indexMore` or the first search. */
  private indexed = 0;
  /** Type labels, target groups, providers and towns repeat across thousands of services. */
  private readonly tokenCache = new Map<string, string[]>();

  /**
   * Documents are indexed in slices by `indexMore` (the catalogue does it in
   * idle time, so the page never freezes for the whole build), or all at once
   * by the first search.
   */
  constructor(
    private readonly documents: Field[][],
    synonyms: string[][] = [],
  ) {
    this.size = documents.length;
    for (const group of [...BUILTIN_SYNONYMS, ...synonyms]) {
      const stems = [...new Set(group.flatMap(tokens))];
      for (const term of stems) {
        this.synonyms.set(term, [...new Set([...(this.synonyms.get(term) ?? []), ...stems])]);
      }
    }
  }

  private done = false;
  private scratch?: { total: Float32Array; matchedWords: Uint8Array; wordScore: Float32Array };

  /** Whether every document is indexed. */
  get complete(): boolean {
    return this.done;
  }

  /** Indexes up to `count` more documents; returns true when the index is complete. */
  indexMore(count = Number.POSITIVE_INFINITY): boolean {
    const end = Math.min(this.size, this.indexed + count);
    for (let doc = this.indexed; doc < end; doc++) {
      const best = new Map<string, number>();
      for (const field of this.documents[doc] as Field[]) {
        let terms = this.tokenCache.get(field.text);
        if (!terms) this.tokenCache.set(field.text, (terms = tokens(field.text)));
        for (const term of terms) {
          if (term.length < 2) continue;
          best.set(term, Math.max(best.get(term) ?? 0, field.weight));
        }
      }
      for (const [term, weight] of best) {
        let posting = this.postings.get(term);
        if (!posting) this.postings.set(term, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push(weight);
      }
    }
    this.indexed = end;
    if (end === this.size && !this.done) {
      this.vocabulary = [...this.postings.keys()].sort();
      this.tokenCache.clear();
      this.done = true;
    }
    return this.done;
  }

  /** Terms of the vocabulary that start with `prefix` (binary search on the sorted list). */
  private withPrefix(prefix: string): string[] {
    const list = this.vocabulary;
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

  /** Close spellings of a word in the vocabulary, best first (fuse.js over the terms of its first letter). */
  similar(word: string, limit = 5): string[] {
    if (word.length < 4) return [];
    if (!FuseClass) {
      void loadTypoMatcher();
      return [];
    }
    this.indexMore();
    // People rarely mistype the first letter; one letter's terms are a fraction of the vocabulary.
    const letter = word.charAt(0);
    let fuse = this.fuseByLetter.get(letter);
    if (!fuse) {
      const terms = this.vocabulary.filter((term) => term.startsWith(letter));
      fuse = new FuseClass(terms, { threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
      this.fuseByLetter.set(letter, fuse);
    }
    return fuse
      .search(word, { limit: limit * 3 })
      .filter((result) => Math.abs(result.item.length - word.length) <= 3)
      .slice(0, limit)
      .map((result) => result.item);
  }

  /** Vocabulary terms a query word matches, with the quality of each match. */
  expand(queryWord: string): Map<string, number> {
    const matches = new Map<string, number>();
    const add = (term: string, quality: number) => {
      if (this.postings.has(term) && quality > (matches.get(term) ?? 0)) matches.set(term, quality);
    };
    const term = stem(queryWord);
    add(term, QUALITY.exact);
    // Words being typed are prefixes: from three letters, or two that are no word of their own
    // ("pe" while typing "pečovatelská"; "ve" stays the word it is).
    if (term.length >= 3 || (term.length === 2 && !matches.size)) {
      for (const t of this.withPrefix(term)) add(t, QUALITY.prefix);
    }
    // Stems of inflected forms differ in their last letters ("postiz"/"postizen").
    for (let cut = 1; cut <= 2 && term.length - cut >= 4; cut++) add(term.slice(0, -cut), QUALITY.prefix);
    for (const synonym of this.synonyms.get(term) ?? []) {
      add(synonym, QUALITY.synonym);
      if (synonym.length >= 4) for (const t of this.withPrefix(synonym)) add(t, QUALITY.synonym * 0.9);
    }
    if (matches.size === 0) {
      for (const t of this.similar(term)) add(t, QUALITY.fuzzy);
    }
    return matches;
  }

  search(query: string): SearchResult {
    this.indexMore();
    const queryWords = [...new Set(words(query))].filter((word) => word.length >= 2 || /\d/.test(word));
    // Scratch arrays are reused between searches: no garbage at every keystroke.
    const { total, matchedWords, wordScore } = (this.scratch ??= {
      total: new Float32Array(this.size),
      matchedWords: new Uint8Array(this.size),
      wordScore: new Float32Array(this.size),
    });
    total.fill(0);
    matchedWords.fill(0);
    const result: SearchResult = {
      docs: [],
      score: total,
      terms: new Set(),
      unmatched: [],
      searched: queryWords.length > 0,
    };
    if (queryWords.length === 0) return result;
    for (const word of queryWords) {
      const expansion = this.expand(word);
      if (expansion.size === 0) {
        result.unmatched.push(word);
        continue;
      }
      wordScore.fill(0);
      for (const [term, quality] of expansion) {
        result.terms.add(term);
        const posting = this.postings.get(term) as Posting;
        for (let i = 0; i < posting.docs.length; i++) {
          const doc = posting.docs[i] as number;
          const score = quality * (posting.weights[i] as number);
          if (score > (wordScore[doc] as number)) wordScore[doc] = score;
        }
      }
      for (let doc = 0; doc < this.size; doc++) {
        if ((wordScore[doc] as number) > 0) {
          total[doc] = (total[doc] as number) + (wordScore[doc] as number);
          matchedWords[doc] = (matchedWords[doc] as number) + 1;
        }
      }
    }
    // Several words narrow the result: a document must match every word.
    for (let doc = 0; doc < this.size; doc++) {
      if (matchedWords[doc] === queryWords.length) result.docs.push(doc);
    }
    return result;
  }
}

/**
 * Whether a word of displayed text is one the query matched (for <mark>):
 * its stem, or a prefix of it of four letters or more, is a matched term.
 * Looking up the word's prefixes costs its length, not the number of terms.
 */
export function isMatchedWord(word: string, terms: Set<string>): boolean {
  const term = termOf(word);
  if (terms.has(term)) return true;
  for (let length = 4; length < term.length; length++) if (terms.has(term.slice(0, length))) return true;
  return false;
}

/** The index term of a displayed word, remembered: the cards show the same words again at every keystroke. */
const termOf = remembered((word) => stem(fold(word)));
