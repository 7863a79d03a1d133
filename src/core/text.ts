/** Czech text helpers: folding for search, collation for sorting. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case and strip diacritics: "Pečovatelská" → "pecovatelska". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Czech collation ("Č" after "C", "Ch" after "H"), ignoring case. */
export const czechCollator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });

export const compareCzech = (a: string, b: string): number => czechCollator.compare(a, b);

/** Academic titles written before or after a name (Mgr., Bc., Ing., Ph.D., DiS., …). */
const TITLE = /^(?:[\p{L}]{1,6}\.)+(?:\s*et\s*(?:[\p{L}]{1,6}\.)+)?,?$/u;

/**
 * Splits a Czech personal name with titles into given names and surname,
 * so "Mgr. Jana Nováková, Ph.D." sorts under "Nováková".
 */
export function parsePersonName(full: string): { given: string; surname: string } {
  const parts = full
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((part) => part && !TITLE.test(part) && !/^(?:et|MBA|LL\.M|DiS|CSc|DrSc)\.?$/i.test(part));
  if (parts.length === 0) return { given: '', surname: full.trim() };
  const surname = parts[parts.length - 1] as string;
  return { given: parts.slice(0, -1).join(' '), surname };
}

/** Initials for an avatar: "Mgr. Jana Nováková, Ph.D." → "JN". */
export function initials(full: string): string {
  const { given, surname } = parsePersonName(full);
  return `${given.charAt(0)}${surname.charAt(0)}`.toUpperCase();
}

/**
 * Case endings of folded Czech words, longest first. A light stemmer after
 * Dolamic & Savoy's "light" Czech stemmer, working on text without diacritics:
 * "seniorům", "seniory", "senioři" all become "senior".
 */
const ENDINGS = [
  ...['atech', 'ovani', 'ovymi', 'ovych'],
  ...['etem', 'atum', 'ovou', 'ovym', 'eniho'],
  ...['ech', 'eho', 'emi', 'ich', 'iho', 'imi', 'ych', 'ymi', 'ama', 'ami', 'ata', 'aty', 'ete', 'eti', 'ovi'],
  ...['ove', 'ova', 'ovo', 'ovy', 'ovu', 'ani', 'eni', 'ach', 'emu', 'imu', 'ymu', 'ska', 'ske', 'sky', 'ski', 'sko'],
  ...['sku', 'am', 'at', 'em', 'es', 'ho', 'im', 'mu', 'om', 'os', 'ou', 'um', 'us', 'ym', 'ii', 'ie', 'iu'],
  ...['a', 'e', 'i', 'o', 'u', 'y'],
].sort((a, b) => b.length - a.length);

/** Minimal stem length: shorter words are kept whole ("dům" stays "dum"). */
const MIN_STEM = 4;

/** Stem of one folded word, e.g. "pecovatelska" → "pecovatel". */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || /^\d+$/.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}
