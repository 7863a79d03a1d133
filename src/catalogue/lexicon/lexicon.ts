/**
 * The need lexicon, compiled for the search: citizens' words and phrases in
 * Czech, Ukrainian and English, registry abbreviations, and whom each
 * service type serves. Loaded after the catalogue's first render (its own
 * module), never on a keystroke's critical path; until it arrives the search
 * matches the records' own words.
 */
import { type Lang, label, typeLabel } from '../../core/i18n.js';
import { fold, stem, words } from '../../core/text.js';
import type { ServiceRecord } from '../../core/types.js';
import { type ServiceTypeCode, TARGET_GROUPS, type TargetGroupCode } from '../../core/vocabulary.js';
import { ABBREVIATIONS, NEEDS, TYPE_SERVES } from './needs.js';
import { LIFE_SITUATIONS } from './situations.js';
import { STOP_WORDS } from './stop-words.js';
import { TARGET_GROUP_CHILDREN } from './target-groups.js';
import { GROUP, TYPE, UNTARGETED } from './types.js';

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

/** Ukrainian case endings, longest first: the lexicon's Ukrainian words meet their other forms. */
const UKRAINIAN_ENDINGS = [
  ...['ями', 'ами', 'ові', 'еві', 'ого', 'ому', 'ими', 'іми', 'ів', 'їв', 'ах', 'ях', 'ою', 'ею', 'єю', 'им', 'ім'],
  ...['их', 'іх', 'ий', 'ій', 'ої', 'ом', 'ем', 'єм', 'ам', 'ям', 'ей', 'ия', 'ія'],
  ...['а', 'я', 'і', 'и', 'у', 'ю', 'е', 'є', 'о', 'ь', 'й', 'ї'],
]
  // Words are folded before stemming ("й" → "и", "ї" → "і"): so are the endings.
  .map(fold)
  .filter((ending, i, all) => all.indexOf(ending) === i)
  .sort((a, b) => b.length - a.length);

const CYRILLIC = /[\u0400-\u04ff]/;

/** Stem of a folded word: Ukrainian endings for Cyrillic words, else the Czech stemmer. */
export function lexiconStem(word: string): string {
  if (!CYRILLIC.test(word)) return stem(word);
  for (const ending of UKRAINIAN_ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** How much a need's target groups count when the need has a service type of its own (see facetTerms). */
const GROUP_AS_CONTEXT = 0.5;

const key = (stems: readonly string[]) => stems.join(' ');
const stemsOf = (text: string) => words(text).map(lexiconStem);

export class Lexicon {
  /** Phrase (stems joined by a space) → concepts. Keys both with and without stop words. */
  readonly #phrases = new Map<string, Concept[]>();
  /** Longest phrase, in words. */
  #longest = 1;
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
      for (const phrase of [...need.cs, ...need.en, ...need.uk]) this.#add(phrase, concept);
    }
    // The guide's situations, typed as words ("domácí násilí", "senior sám doma"), mean what their buttons do.
    for (const situation of LIFE_SITUATIONS) {
      this.#add(situation.label, {
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
      this.#addKey(abbreviation.toLowerCase(), concept);
    }
    for (const [type, groups] of Object.entries(TYPE_SERVES) as [ServiceTypeCode, TargetGroupCode[]][]) {
      for (const group of groups) {
        const list = this.typesServing.get(group) ?? [];
        list.push(type);
        this.typesServing.set(group, list);
      }
    }
    this.terms = [...this.#phrases.keys()].filter((k) => !k.includes(' ')).sort();
  }

  #add(phrase: string, concept: Concept): void {
    const all = stemsOf(phrase);
    if (all.length === 0) return;
    this.#addKey(key(all), concept);
    // Without its stop words too ("nemám na nájem" as "nemám nájem"), but never as one word alone:
    // "bez domova" must not make "domov" a need word.
    const folded = words(phrase);
    const reduced = all.filter((_, i) => !STOP_WORDS.has(folded[i] as string));
    if (reduced.length > 1 && reduced.length < all.length) this.#addKey(key(reduced), concept);
    this.#longest = Math.max(this.#longest, all.length);
  }

  #addKey(phraseKey: string, concept: Concept): void {
    const list = this.#phrases.get(phraseKey);
    if (!list) this.#phrases.set(phraseKey, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  }

  /**
   * Index terms of needs: their service types, their target groups, and the
   * types the law names for those groups (matching records that name no
   * groups of their own), with the quality of each.
   */
  facetTerms(concepts: readonly Concept[], quality: number): Map<string, number> {
    const terms = new Map<string, number>();
    const add = (term: string, q: number) => {
      if (q > (terms.get(term) ?? 0)) terms.set(term, q);
    };
    for (const concept of concepts) {
      for (const [type, weight] of concept.types) add(TYPE + type, weight * quality);
      // A need met by a service type of its own ("tlačítko" → tísňová péče) names its people as context:
      // any service for them (a home for seniors) answers it less than for a need that is those people ("slepý").
      const context = [...concept.types.values()].some((weight) => weight >= 0.8) ? GROUP_AS_CONTEXT : 1;
      for (const [broad, weight] of concept.targetGroups) {
        // A broad group covers the narrower ones, as in the "Pro koho" filter (target-groups.ts).
        for (const group of [broad, ...(TARGET_GROUP_CHILDREN[broad] ?? [])]) {
          add(GROUP + group, weight * quality * 0.9 * context);
          for (const type of this.typesServing.get(group) ?? [])
            add(UNTARGETED + type, weight * quality * 0.7 * context);
        }
      }
    }
    return terms;
  }

  /** Concepts of the single words that start with a word being typed ("vozíčk" → "vozíčkář"). */
  conceptsByPrefix(word: string): Concept[] {
    const term = lexiconStem(word);
    if (term.length < 4) return [];
    const found = new Set<Concept>();
    for (const key of this.terms) if (key.startsWith(term)) for (const c of this.#phrases.get(key) ?? []) found.add(c);
    return [...found];
  }

  /**
   * Why a service answers a part of the query: the service type or target
   * group the need points at ("průvodcovské a předčitatelské služby").
   */
  explain(part: QueryPart, service: ServiceRecord, lang: Lang): string {
    const groups = service.targetGroups ?? [];
    for (const concept of part.concepts) {
      if (concept.types.has(service.type)) break;
      const group = groups.find((g) => concept.targetGroups.has(g));
      if (group) return label(TARGET_GROUPS, group, lang);
    }
    // The type itself, or the type the law says serves the need's group (the record names no groups).
    return typeLabel(service.type, lang);
  }

  /** Concepts of a single stem, if the lexicon knows it. */
  conceptsOf(term: string): Concept[] | undefined {
    return this.#phrases.get(term);
  }

  /**
   * Splits a query's folded words into parts: the longest phrases the lexicon
   * knows (stop words inside them skipped), then single words. Stop words
   * outside phrases are left out, unless the query has nothing else.
   */
  parse(queryWords: readonly string[]): QueryPart[] {
    const parts: QueryPart[] = [];
    const stems = queryWords.map(lexiconStem);
    const content = queryWords.map((word) => !STOP_WORDS.has(word));
    let i = 0;
    while (i < queryWords.length) {
      const match: { end: number; concepts: Concept[]; skipped?: number } | undefined =
        this.#longestAt(stems, content, i) ?? this.#withWordBetween(stems, content, i);
      if (match) {
        const slice = queryWords.slice(i, match.end);
        const phrase = slice.filter((_, k) => i + k !== match.skipped);
        parts.push({
          said: phrase.join(' '),
          words: phrase.filter((w) => !STOP_WORDS.has(w)),
          concepts: match.concepts,
        });
        // The word said in between is a part of its own ("propouštějí tátu z nemocnice": "tátu").
        if (match.skipped !== undefined) {
          const word = queryWords[match.skipped] as string;
          // Its own need only as a word alone: a phrase starting there would take words of the one around it.
          const own = this.#longestAt(stems, content, match.skipped);
          parts.push({ said: word, words: [word], concepts: own?.end === match.skipped + 1 ? own.concepts : [] });
        }
        i = match.end;
        continue;
      }
      const word = queryWords[i] as string;
      if (content[i]) parts.push({ said: word, words: [word], concepts: [] });
      i++;
    }
    if (parts.length === 0) return queryWords.map((word) => ({ said: word, words: [word], concepts: [] }));
    return parts;
  }

  /**
   * A phrase with one more word said inside it, as Czech puts an object between a verb and its
   * complement ("propouštějí tátu z nemocnice" for "propouštějí z nemocnice"; the search has left out
   * one-letter words like "z" by then): the phrase, where it ends, and which word was in between.
   */
  #withWordBetween(
    stems: readonly string[],
    content: readonly boolean[],
    start: number,
  ): { end: number; concepts: Concept[]; skipped: number } | undefined {
    if (!content[start]) return undefined;
    for (let end = Math.min(stems.length, start + this.#longest + 4); end >= start + 3; end--) {
      for (let skipped = start + 1; skipped < end - 1; skipped++) {
        if (!content[skipped]) continue;
        const rest = [...stems.slice(start, skipped), ...stems.slice(skipped + 1, end)];
        const found = this.#phrases.get(key(rest));
        if (found) return { end, concepts: found, skipped };
      }
    }
    return undefined;
  }

  /** The longest phrase starting at word `start`: all its words, or its words without stop words. */
  #longestAt(
    stems: readonly string[],
    content: readonly boolean[],
    start: number,
  ): { end: number; concepts: Concept[] } | undefined {
    for (let end = Math.min(stems.length, start + this.#longest + 3); end > start; end--) {
      const all = stems.slice(start, end);
      const found = this.#phrases.get(key(all));
      if (found && (end - start > 1 || content[start])) return { end, concepts: found };
      if (!content[start] || !content[end - 1]) continue;
      // The same words without the stop words between them ("nemám na nájem" typed "nemám nájem").
      const reduced = all.filter((_, k) => content[start + k]);
      const loose = reduced.length > 1 && reduced.length < all.length ? this.#phrases.get(key(reduced)) : undefined;
      if (loose) return { end, concepts: loose };
    }
    // A single word: its own stem, or that stem a letter or two shorter, as the stems of a verb's
    // or noun's other forms are ("pořezává" → "pořezat").
    if (content[start]) {
      const stem = stems[start] as string;
      for (let cut = 0; cut <= 2 && (cut === 0 || stem.length - cut >= 5); cut++) {
        const single = this.#phrases.get(cut ? stem.slice(0, -cut) : stem);
        if (single) return { end: start + 1, concepts: single };
      }
    }
    return undefined;
  }
}

export const lexicon = new Lexicon();
