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
import type { Concept, Lexicon, QueryPart } from './lexicon/lexicon.js';
import { STOP_WORDS } from './lexicon/stop-words.js';

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

let lexicon: Lexicon | undefined;
let lexiconLoading: Promise<boolean> | undefined;

/** Loads the need lexicon once per page; resolves false if its module could not be loaded. */
export function loadLexicon(): Promise<boolean> {
  lexiconLoading ??= import('./lexicon/lexicon.js').then(
    (module) => {
      lexicon = module.lexicon;
      return true;
    },
    () => {
      lexiconLoading = undefined;
      return false;
    },
  );
  return lexiconLoading;
}

/** Whether citizens' need words are understood now. */
export const lexiconReady = (): boolean => lexicon !== undefined;

/** What a document is, beyond its text: its service type and target groups, for the need lexicon. */
export interface Facets {
  type: string;
  targetGroups: readonly string[];
}

/** Index terms that are no words: a document's type, its target groups, its type when it names no groups. */
const TYPE = '\u0001t:';
const GROUP = '\u0001g:';
const UNTARGETED = '\u0001u:';
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
}

/** Parts of a query beyond this many are searched as one more word each but not told apart. */
const MAX_PARTS = 31;

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
  /** How long a search may spend completing the index before it answers from the part indexed so far. */
  static indexBudgetMs = 12;
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
    private readonly facets?: readonly Facets[],
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
  private scratch?: {
    total: Float32Array;
    matchedWords: Uint8Array;
    wordScore: Float32Array;
    textScore: Float32Array;
    viaLexicon: Uint32Array;
  };

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
      const facets = this.facets?.[doc];
      if (facets) {
        best.set(TYPE + facets.type, FACET_WEIGHT.type);
        for (const group of facets.targetGroups) best.set(GROUP + group, FACET_WEIGHT.group);
        if (facets.targetGroups.length === 0) best.set(UNTARGETED + facets.type, FACET_WEIGHT.untargeted);
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
    // While the index is being built the vocabulary is not sorted yet: look through the terms so far.
    if (!this.done) return [...this.postings.keys()].filter((term) => term.startsWith(prefix));
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
    // Typos are matched once the index is complete (the catalogue searches again then).
    if (!this.done) return [];
    // People rarely mistype the first letter; one letter's terms are a fraction of the vocabulary.
    // The lexicon's need words count too ("alzhaimer" is close to "alzheimer").
    const letter = word.charAt(0);
    const key = lexicon ? `${letter}+` : letter;
    let fuse = this.fuseByLetter.get(key);
    if (!fuse) {
      const needWords = lexicon ? lexicon.terms.filter((term) => term.startsWith(letter)) : [];
      const terms = [...new Set([...this.vocabulary.filter((term) => term.startsWith(letter)), ...needWords])];
      fuse = new FuseClass(terms, { threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
      this.fuseByLetter.set(key, fuse);
    }
    return fuse
      .search(word, { limit: limit * 3 })
      .filter((result) => Math.abs(result.item.length - word.length) <= 3)
      .slice(0, limit)
      .map((result) => result.item);
  }

  /** Vocabulary terms a query word matches, with the quality of each match. */
  expand(queryWord: string, typos = true): Map<string, number> {
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
    if (typos && matches.size === 0) {
      for (const t of this.similar(term)) add(t, QUALITY.fuzzy);
    }
    return matches;
  }

  /** Index terms of the needs a query part names, with their quality (facet terms). */
  private expandConcepts(concepts: readonly Concept[], quality: number, into: Map<string, number>): void {
    const add = (term: string, q: number) => {
      if (this.postings.has(term) && q > (into.get(term) ?? 0)) into.set(term, q);
    };
    for (const concept of concepts) {
      for (const [type, weight] of concept.types) add(TYPE + type, weight * quality);
      for (const [group, weight] of concept.targetGroups) {
        add(GROUP + group, weight * quality * 0.9);
        // Records that name no target groups serve those the law names for their type.
        for (const type of lexicon?.typesServing.get(group) ?? []) add(UNTARGETED + type, weight * quality * 0.7);
      }
    }
  }

  /** Concepts of a word the lexicon knows by a prefix (a word being typed) or a close spelling. */
  private looseConcepts(word: string, last: boolean): { concepts: Concept[]; quality: number } | undefined {
    if (!lexicon) return undefined;
    const term = stem(word);
    if (last && term.length >= 4) {
      const concepts = lexicon.terms.filter((t) => t.startsWith(term)).flatMap((t) => lexicon?.conceptsOf(t) ?? []);
      if (concepts.length) return { concepts: [...new Set(concepts)], quality: QUALITY.prefix };
    }
    return undefined;
  }

  /** The query's parts: lexicon phrases and words, stop words left out (all words when nothing else is left). */
  private partsOf(queryWords: string[]): QueryPart[] {
    if (lexicon) return lexicon.parse(queryWords);
    const content = queryWords.filter((word) => !STOP_WORDS.has(word));
    return (content.length ? content : queryWords).map((word) => ({ said: word, words: [word], concepts: [] }));
  }

  search(query: string): SearchResult {
    // Complete the index within a short budget; a large dataset answers from what is indexed so far
    // (the catalogue searches again once the index is complete), so typing never waits for it.
    const deadline = performance.now() + SearchIndex.indexBudgetMs;
    while (!this.done && (this.indexed === 0 || performance.now() < deadline)) this.indexMore(250);
    const searchedDocs = this.indexed;
    const queryWords = [...new Set(words(query))].filter((word) => word.length >= 2 || /\d/.test(word));
    // Scratch arrays are reused between searches: no garbage at every keystroke.
    const { total, matchedWords, wordScore, textScore, viaLexicon } = (this.scratch ??= {
      total: new Float32Array(this.size),
      matchedWords: new Uint8Array(this.size),
      wordScore: new Float32Array(this.size),
      textScore: new Float32Array(this.size),
      viaLexicon: new Uint32Array(this.size),
    });
    total.fill(0);
    matchedWords.fill(0);
    viaLexicon.fill(0);
    const parts = this.partsOf(queryWords);
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
      complete: this.done,
    };
    if (queryWords.length === 0) return result;
    const partMasks = new Uint32Array(this.size);
    let searchedParts = 0;
    parts.forEach((part, p) => {
      const text = new Map<string, number>();
      for (const word of part.words) {
        for (const [term, quality] of this.expand(word, false))
          if (quality > (text.get(term) ?? 0)) text.set(term, quality);
      }
      const facets = new Map<string, number>();
      let concepts = part.concepts;
      let conceptQuality = 1;
      if (!concepts.length && part.words.length === 1) {
        const loose = this.looseConcepts(part.words[0] as string, p === parts.length - 1);
        if (loose) ({ concepts, quality: conceptQuality } = loose);
      }
      this.expandConcepts(concepts, conceptQuality, facets);
      if (text.size === 0 && facets.size === 0) {
        // A typo: close spellings among the records' words and the lexicon's need words.
        for (const word of part.words) {
          for (const similar of this.similar(stem(word))) {
            if (this.postings.has(similar) && !text.has(similar)) text.set(similar, QUALITY.fuzzy);
            const known = lexicon?.conceptsOf(similar);
            if (known) this.expandConcepts(known, QUALITY.fuzzy, facets);
          }
        }
      }
      if (text.size === 0 && facets.size === 0) {
        result.unmatched.push(part.said);
        return;
      }
      searchedParts++;
      const bit = 1 << Math.min(p, MAX_PARTS - 1);
      wordScore.fill(0);
      textScore.fill(0);
      for (const [term, quality] of text) {
        result.terms.add(term);
        this.accumulate(term, quality, textScore);
      }
      for (const [term, quality] of facets) this.accumulate(term, quality, wordScore);
      for (let doc = 0; doc < searchedDocs; doc++) {
        const byText = textScore[doc] as number;
        const byNeed = wordScore[doc] as number;
        if (byText > 0 || byNeed > 0) {
          total[doc] = (total[doc] as number) + Math.max(byText, byNeed);
          matchedWords[doc] = (matchedWords[doc] as number) + 1;
          partMasks[doc] = (partMasks[doc] as number) | bit;
          if (byText === 0) viaLexicon[doc] = (viaLexicon[doc] as number) | bit;
        }
      }
    });
    // Several parts narrow the result: documents matching the most parts, every part when some do.
    let most = 0;
    for (let doc = 0; doc < searchedDocs; doc++) most = Math.max(most, matchedWords[doc] as number);
    if (most === 0) return result;
    let used = 0;
    for (let doc = 0; doc < searchedDocs; doc++) {
      if (matchedWords[doc] === most) {
        result.docs.push(doc);
        used |= partMasks[doc] as number;
      }
    }
    result.partial = most < searchedParts || result.unmatched.length > 0;
    result.matchedParts = parts.filter((_, p) => used & (1 << Math.min(p, MAX_PARTS - 1)));
    return result;
  }

  /** Adds a term's documents to a part's scores, keeping each document's best. */
  private accumulate(term: string, quality: number, scores: Float32Array): void {
    const posting = this.postings.get(term) as Posting;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] as number;
      const score = quality * (posting.weights[i] as number);
      if (score > (scores[doc] as number)) scores[doc] = score;
    }
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
