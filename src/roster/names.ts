/** Czech personal names as the roster shows and sorts them: titles apart, surname, initials, gender. */
import type { Gender } from '../core/vocabulary.js';

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
 * The gender a member's role is said in: the data's own `gender` when it is
 * "f" or "m", else feminine for a Czech surname in -á ("Mgr. Jana Nováková,
 * Ph.D.", "Ing. Petra Malá"), else masculine, the form used for anyone.
 */
export function memberGender(member: { name: string; gender?: string }): Gender {
  if (member.gender === 'f' || member.gender === 'm') return member.gender;
  const { surname } = parsePersonName(member.name ?? '');
  return surname.normalize('NFC').toLocaleLowerCase('cs').endsWith('á') ? 'f' : 'm';
}
