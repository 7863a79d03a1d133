/**
 * Languages: Czech by default, English and Ukrainian complete. An element's
 * language comes from its own `lang`, else the closest ancestor's, else <html lang>.
 */
import { cs } from './strings/cs.js';
import { en } from './strings/en.js';
import type { Strings } from './strings/types.js';
import { uk } from './strings/uk.js';

export { plural } from './strings/plural.js';

import type { Labels } from './vocabulary.js';

export type Lang = keyof Labels;
export type { Strings };

export const LANGS: Record<Lang, Strings> = { cs, en, uk };

/** Normalises a BCP 47 tag to a supported language ("cs-CZ" → "cs", "ua" → "uk"). */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'en') return 'en';
  if (base === 'uk' || base === 'ua') return 'uk';
  return 'cs';
}

/** The language for an element. */
export function langOf(element: Element): Lang {
  const holder = element.closest('[lang]');
  return toLang(holder?.getAttribute('lang') || document.documentElement.lang);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a number the language's way (Czech: "15 000,5"); formatters are reused, creating one is slow. */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${lang}${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format.format(value);
}

/** Formats an ISO date ("2024-03-01") as a long local date. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const withTime = iso.length > 10;
  const key = `${lang}${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** The label of a vocabulary entry in a language, or the code itself when unknown. */
export function label(table: Record<string, Labels>, code: string, lang: Lang): string {
  return table[code]?.[lang] ?? code;
}
