/** Czech text helpers: folding for search, collation for sorting. */

/**
 * A text function whose results are remembered: catalogues repeat the same
 * names, towns and words thousands of times. Past `limit` texts it forgets
 * them all and starts again, so memory stays bounded.
 */
export function remembered(compute: (text: string) => string, limit = 50_000): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = compute(text);
      if (results.size >= limit) results.clear();
      results.set(text, result);
    }
    return result;
  };
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/g;

const foldChar = remembered((char) => char.normalize('NFD').replace(COMBINING_MARKS, ''));

/**
 * Lower-case and strip diacritics: "Pečovatelská" → "pecovatelska". Only
 * non-ASCII characters are decomposed (and remembered), which is several
 * times faster than normalising whole texts when indexing thousands of records.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(NON_ASCII, foldChar);
}

/**
 * A word of folded text: ASCII letters and digits, and letters beyond Latin
 * (Cyrillic…); the general punctuation block (dashes, quotes) separates words.
 */
const WORD = /[a-z0-9\u00df-\u00f6\u00f8-\u1fff\u2070-\u2bff\u2e80-\uffff]+/g;

/** An apostrophe inside a word: Ukrainian "б'є", "в'язниця", English "can't" are one word each. */
const APOSTROPHE = /(?<=\p{L})['\u2019\u02bc](?=\p{L})/gu;

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  const joined = HAS_APOSTROPHE.test(text) ? text.replace(APOSTROPHE, '') : text;
  return fold(joined).match(WORD) ?? [];
}

const HAS_APOSTROPHE = /['\u2019\u02bc]/;

/**
 * Czech collation ("Č" after "C", "Ch" after "H"), ignoring case; made on first use: making it costs 25–100 ms
 * on a phone's slowed CPU, and the sort keys below (czechSortKey) decide most comparisons without it.
 */
let czechCollator: Intl.Collator | undefined;

/** Compares in Czech order; the same text is equal without asking the collator (names repeat in registries). */
export const compareCzech = (a: string, b: string): number =>
  a === b ? 0 : (czechCollator ??= new Intl.Collator('cs', { sensitivity: 'base', numeric: true })).compare(a, b);

/**
 * Czech order of two texts by their sort keys (czechSortKey, computed once by the caller where it sorts many);
 * the collator, slow to make on a phone, only between equal keys.
 */
export const compareByCzechKeys = (keyA: string, a: string, keyB: string, b: string): number =>
  keyA < keyB ? -1 : keyA > keyB ? 1 : compareCzech(a, b);

/** Sorts items by a text in Czech order, computing each item's key once (fast for thousands). */
export function sortCzech<T>(items: T[], text: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, text: text(item), key: czechSortKey(text(item)) }));
  keyed.sort((a, b) => compareByCzechKeys(a.key, a.text, b.key, b.text));
  return keyed.map((entry) => entry.item);
}

/**
 * A key that sorts by plain string comparison in Czech order ("č" after all
 * "c", "ch" after all "h"): sorting 15,000 names with keys is many times
 * faster than with the collator. Ties are left to compareCzech.
 */
// This runs for every name of a catalogue, and registries repeat names ("Pečovatelská služba"): remembered.
export const czechSortKey: (text: string) => string = remembered((text) =>
  text.toLowerCase().replace(CH, 'h~').replace(NON_ASCII, sortChar),
);

const CH = /ch/g;
const sortChar = (char: string): string => SORTED_AFTER_BASE[char] ?? foldChar(char);

/** Letters sorted after their base letter in Czech: "č" after every "c". */
const SORTED_AFTER_BASE: Record<string, string> = { č: 'c~', ř: 'r~', š: 's~', ž: 'z~' };

/**
 * Case endings of folded Czech words, longest first. A light stemmer after
 * Dolamic & Savoy's "light" Czech stemmer, working on text without diacritics:
 * "seniorům", "seniory", "senioři" all become "senior".
 */
const ENDINGS = [
  ...['atech', 'ovani', 'ovymi', 'ovych'],
  ...['etem', 'atum', 'ovou', 'ovym', 'eniho', 'anim', 'enim'],
  ...['ech', 'eho', 'emi', 'ich', 'iho', 'yho', 'imi', 'ych', 'ymi', 'ama', 'ami', 'ata', 'aty', 'ete', 'eti', 'ovi'],
  ...['ove', 'ova', 'ovo', 'ovy', 'ovu', 'ani', 'eni', 'ach', 'emu', 'imu', 'ymu', 'ska', 'ske', 'sky', 'ski', 'sko'],
  ...['sku', 'am', 'at', 'em', 'es', 'ho', 'im', 'mu', 'om', 'os', 'ou', 'um', 'us', 'ym', 'ii', 'ie', 'iu'],
  ...['a', 'e', 'i', 'o', 'u', 'y'],
].sort((a, b) => b.length - a.length);

/** Minimal stem length: shorter words are kept whole ("dům" stays "dum"). */
const MIN_STEM = 4;

/**
 * Short words whose forms the endings cannot bring together, because the
 * stem itself changes length or vowel: "dítě", "děti", "dětem", "dětmi" all
 * become "dit"; "lidé", "lidem", "lidmi" become "lid".
 */
const IRREGULAR: Record<string, string> = {
  ...Object.fromEntries(
    ['dite', 'ditete', 'diteti', 'ditetem', 'deti', 'detem', 'detmi', 'detech'].map((form) => [form, 'dit']),
  ),
  ...Object.fromEntries(['lide', 'lidi', 'lidem', 'lidmi', 'lidech'].map((form) => [form, 'lid'])),
};

/** Stem of one folded word, e.g. "pecovatelska" → "pecovatel". */
export function stem(word: string): string {
  return word.length <= MIN_STEM ? (IRREGULAR[word] ?? word) : stemOfLongWord(word);
}

const CONSONANT_MI = /[^aeiouy]mi$/;

// Remembered: a catalogue's vocabulary repeats the same words many times.
const stemOfLongWord = remembered((word) => {
  if (/^\d+$/.test(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  // "kostmi", "zvířetmi": the instrumental plural after a consonant (not "-ami", "-emi"…, which are endings below).
  if (CONSONANT_MI.test(word) && word.length - 2 >= MIN_STEM) return word.slice(0, -2);
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}, 200_000);
