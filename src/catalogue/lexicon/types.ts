/**
 * The shape of the need lexicon: how citizens' own words (Czech, Ukrainian,
 * English) reach the law's service types and the registry's target groups.
 */
import type { ServiceTypeCode, TargetGroupCode } from '../../core/vocabulary.js';

/** How strongly a need points at a service type or target group: 1 = exactly this, 0.3 = may help. */
export type Weight = number;

/**
 * Index terms that are no words: a document's type, its target groups, its type when it names no
 * groups. The search index gives them to each record, the lexicon's concepts point at them. Here,
 * not in the search index, so that the lexicon's module doesn't depend on the index's.
 */
export const TYPE = '\u0001t:';
export const GROUP = '\u0001g:';
export const UNTARGETED = '\u0001u:';

/**
 * One need as people say it, e.g. "I am blind" or "we have nothing to pay rent with".
 *
 * Words and phrases are matched after folding (lower case, no diacritics) and
 * light stemming, so "slepý", "slepá", "slepého", "slepy" need one entry; list
 * forms whose stems differ ("dítě", "děti", "dětmi"), everyday synonyms, slang and
 * common misspellings. A phrase of several words matches those words in order;
 * stop words ("se", "na", "pro"…) inside a phrase are skipped on both sides.
 */
export interface Need {
  /** Stable id, English kebab-case, e.g. `blind`, `rent-arrears`. */
  id: string;
  /** Czech words and phrases. */
  cs: string[];
  /** English words and phrases, with plural and common inflected forms. */
  en: string[];
  /** Ukrainian words and phrases, with common inflected (case) forms. */
  uk: string[];
  /** Service types that meet the need, with weights. */
  types: Partial<Record<ServiceTypeCode, Weight>>;
  /** Target groups whose services meet the need, with weights. */
  targetGroups?: Partial<Record<TargetGroupCode, Weight>>;
}
