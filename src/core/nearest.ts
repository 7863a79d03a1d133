/**
 * "Did you mean …?": the known name nearest to an unknown one (a dataset key,
 * a sheet's column, a municipality), by edit distance on folded text.
 */
import { fold } from './text.js';

/** Folded text without anything but letters and digits: "Opening_Hours" → "openinghours", "E-mail" → "email". */
export const nameKey = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Edit distance of two texts: insertions, deletions, substitutions and swaps
 * of neighbouring letters ("Emial" → "email" is 1).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How far a name may be from what was written to be suggested: 1 for short names, 2 from 5 letters, 3 from 9. */
const allowed = (length: number) => (length < 3 ? 0 : length < 5 ? 1 : length < 9 ? 2 : 3);

/**
 * The candidate nearest to `wanted`, compared as folded text without
 * punctuation; each candidate is [text to compare, name to suggest]. An equal
 * key wins, then the smallest edit distance within a limit growing with the
 * length, then a long shared beginning (5 letters or more). Undefined when
 * nothing is near enough to be what was meant.
 */
export function nearest(wanted: string, candidates: Iterable<readonly [string, string]>): string | undefined {
  const key = nameKey(wanted);
  if (!key) return undefined;
  let best: string | undefined;
  let bestScore = -1;
  for (const [text, name] of candidates) {
    const other = nameKey(text);
    if (!other) continue;
    const distance = editDistance(key, other);
    let prefix = 0;
    while (prefix < key.length && prefix < other.length && key[prefix] === other[prefix]) prefix++;
    const score =
      distance <= allowed(Math.max(key.length, other.length))
        ? 1000 - distance
        : prefix >= 5 && prefix === Math.min(key.length, other.length)
          ? prefix
          : -1;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Up to `limit` names nearest to `wanted` (distinct, nearest first), each
 * candidate [text to compare, name to show]; only those within half the
 * length of what was written (at least 2 edits), so nonsense gets none.
 */
export function nearestNames(wanted: string, candidates: Iterable<readonly [string, string]>, limit = 3): string[] {
  const key = nameKey(wanted);
  if (!key) return [];
  const found = new Map<string, number>();
  for (const [text, name] of candidates) {
    const other = nameKey(text);
    if (!other) continue;
    const distance = editDistance(key, other);
    if (distance <= Math.max(2, Math.floor(key.length / 2)) && distance < (found.get(name) ?? Infinity)) {
      found.set(name, distance);
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'cs'))
    .slice(0, limit)
    .map(([name]) => name);
}
