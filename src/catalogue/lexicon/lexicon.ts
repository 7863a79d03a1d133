/**
 * The need lexicon, compiled for the search: citizens' words and phrases in
 * Czech, Ukrainian and English, registry abbreviations, and whom each
 * service type serves. Loaded after the catalogue's first render (its own
 * module), never on a keystroke's critical path; until it arrives the search
 * matches the records' own words.
 */
import { stem, words } from '../../core/text.js';
import type { ServiceTypeCode, TargetGroupCode } from '../../core/vocabulary.js';
import { ABBREVIATIONS, NEEDS, TYPE_SERVES } from './needs.js';
import { LIFE_SITUATIONS } from './situations.js';
import { STOP_WORDS } from './stop-words.js';

/** What a need word points at: service types and target groups, with weights (1 = exactly this). */
export interface Concept {
  id: string;
  types: ReadonlyMap<ServiceTypeCode, number>;
  targetGroups: ReadonlyMap<TargetGroupCode, number>;
}

/** One unit of a query: a word, or a phrase the lexicon knows, with what it means. */
export interface QueryPart {
  /** The words as the person typed them (folded), for "why this result" and notices. */
  said: string;
  /** Folded words of the part that are no stop words: searched in the records' own text. */
  words: string[];
  /** Needs the part names (empty for words the lexicon does not know). */
  concepts: Concept[];
}

const key = (stems: readonly string[]) => stems.join(' ');
const stemsOf = (text: string) => words(text).map(stem);

export class Lexicon {
  /** Phrase (stems joined by a space) → concepts. Keys both with and without stop words. */
  private readonly phrases = new Map<string, Concept[]>();
  /** Longest phrase, in words. */
  private longest = 1;
  /** Single-word keys, sorted: for prefixes of a word being typed and for typos. */
  readonly terms: string[];
  /** Target group → service types whose statutory clients it is. */
  readonly typesServing = new Map<TargetGroupCode, ServiceTypeCode[]>();

  constructor() {
    for (const need of NEEDS) {
      const concept: Concept = {
        id: need.id,
        types: new Map(Object.entries(need.types) as [ServiceTypeCode, number][]),
        targetGroups: new Map(Object.entries(need.targetGroups ?? {}) as [TargetGroupCode, number][]),
      };
      for (const phrase of [...need.cs, ...need.en, ...need.uk]) this.add(phrase, concept);
    }
    // The guide's situations, typed as words ("domácí násilí", "senior sám doma"), mean what their buttons do.
    for (const situation of LIFE_SITUATIONS) {
      this.add(situation.label, {
        id: `situation:${situation.id}`,
        types: new Map(situation.types.map((type) => [type, 1])),
        targetGroups: new Map(situation.targetGroups.map((group) => [group, 0.8])),
      });
    }
    for (const [abbreviation, types] of Object.entries(ABBREVIATIONS)) {
      const concept: Concept = {
        id: abbreviation,
        types: new Map((types as ServiceTypeCode[]).map((type) => [type, 1])),
        targetGroups: new Map(),
      };
      // Abbreviations are matched whole, never stemmed ("ds" is no prefix of anything).
      this.addKey(abbreviation.toLowerCase(), concept);
    }
    for (const [type, groups] of Object.entries(TYPE_SERVES) as [ServiceTypeCode, TargetGroupCode[]][]) {
      for (const group of groups) {
        const list = this.typesServing.get(group) ?? [];
        list.push(type);
        this.typesServing.set(group, list);
      }
    }
    this.terms = [...this.phrases.keys()].filter((k) => !k.includes(' ')).sort();
  }

  private add(phrase: string, concept: Concept): void {
    const all = stemsOf(phrase);
    if (all.length === 0) return;
    this.addKey(key(all), concept);
    // Without its stop words too ("nemám na nájem" as "nemám nájem"), but never as one word alone:
    // "bez domova" must not make "domov" a need word.
    const folded = words(phrase);
    const reduced = all.filter((_, i) => !STOP_WORDS.has(folded[i] as string));
    if (reduced.length > 1 && reduced.length < all.length) this.addKey(key(reduced), concept);
    this.longest = Math.max(this.longest, all.length);
  }

  private addKey(phraseKey: string, concept: Concept): void {
    const list = this.phrases.get(phraseKey);
    if (!list) this.phrases.set(phraseKey, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  }

  /** Concepts of a single stem, if the lexicon knows it. */
  conceptsOf(term: string): Concept[] | undefined {
    return this.phrases.get(term);
  }

  /**
   * Splits a query's folded words into parts: the longest phrases the lexicon
   * knows (stop words inside them skipped), then single words. Stop words
   * outside phrases are left out, unless the query has nothing else.
   */
  parse(queryWords: readonly string[]): QueryPart[] {
    const parts: QueryPart[] = [];
    const stems = queryWords.map(stem);
    const content = queryWords.map((word) => !STOP_WORDS.has(word));
    let i = 0;
    while (i < queryWords.length) {
      const match = this.longestAt(stems, content, i);
      if (match) {
        const slice = queryWords.slice(i, match.end);
        parts.push({ said: slice.join(' '), words: slice.filter((w) => !STOP_WORDS.has(w)), concepts: match.concepts });
        i = match.end;
        continue;
      }
      const word = queryWords[i] as string;
      if (content[i]) parts.push({ said: word, words: [word], concepts: this.phrases.get(word) ?? [] });
      i++;
    }
    if (parts.length === 0) return queryWords.map((word) => ({ said: word, words: [word], concepts: [] }));
    return parts;
  }

  /** The longest phrase starting at word `start`: all its words, or its words without stop words. */
  private longestAt(
    stems: readonly string[],
    content: readonly boolean[],
    start: number,
  ): { end: number; concepts: Concept[] } | undefined {
    for (let end = Math.min(stems.length, start + this.longest + 3); end > start; end--) {
      const all = stems.slice(start, end);
      const found = this.phrases.get(key(all));
      if (found && (end - start > 1 || content[start])) return { end, concepts: found };
      if (!content[start] || !content[end - 1]) continue;
      const reduced = all.filter((_, k) => content[start + k]);
      if (reduced.length < all.length || reduced.length > 1) {
        const loose = this.phrases.get(key(reduced));
        if (loose && reduced.length > 1) return { end, concepts: loose };
      }
    }
    // A single word: its own stem.
    if (content[start]) {
      const single = this.phrases.get(stems[start] as string);
      if (single) return { end: start + 1, concepts: single };
    }
    return undefined;
  }
}

export const lexicon = new Lexicon();
