/**
 * Languages: Czech by default, English and Ukrainian complete. An element's
 * language comes from its own `lang`, else the closest ancestor's, else <html lang>.
 *
 * Czech ships with every element. English and Ukrainian are language packs
 * loaded on first need (a separate module each), so a Czech page downloads
 * no other language. A pack's vocabulary labels stay in the pack: `label()` and
 * `typeLabel()` look there before the Czech of vocabulary.ts.
 */
import { lazyModule } from './lazy.js';
import { renderAll } from './page-registry.js';
import { cs } from './strings/cs.js';
import type { ElementSection, SharedStrings, Strings, VocabularyTexts } from './strings/types.js';
import {
  CAPACITY_UNITS,
  FORMS,
  GROUP_KINDS,
  type Labels,
  PLAN_STATUSES,
  ROLES,
  ROLES_FEMININE,
  SERVICE_GROUPS,
  SERVICE_TYPES,
  type ServiceTypeCode,
  TARGET_GROUPS,
  TRIAD_SIDES,
} from './vocabulary.js';

export { plural } from './strings/plural.js';

export type Lang = 'cs' | 'en' | 'uk';
export type { ElementSection, Strings, VocabularyTexts };

export const LANGUAGES: readonly Lang[] = ['cs', 'en', 'uk'];

interface LanguagePack {
  strings: Strings;
  vocabulary: VocabularyTexts;
}

const packs: Partial<Record<Lang, LanguagePack>> = {};
const pending = new Map<Lang, Promise<boolean>>();

const PACK_MODULES: Record<Exclude<Lang, 'cs'>, () => Promise<LanguagePack>> = {
  en: () => import('./strings/en.js').then((m) => ({ strings: m.en, vocabulary: m.vocabulary })),
  uk: () => import('./strings/uk.js').then((m) => ({ strings: m.uk, vocabulary: m.vocabulary })),
};

/** Whether a language's strings are at hand (Czech always is). */
export function hasLanguage(lang: Lang): boolean {
  return lang === 'cs' || packs[lang] !== undefined;
}

/** Languages whose pack could not be loaded: Czech stands in for them, without asking again and again. */
const failed = new Set<Lang>();

/** Whether a language's pack is still on its way (not loaded, not failed). */
export function languagePending(lang: Lang): boolean {
  return !hasLanguage(lang) && !failed.has(lang);
}

/**
 * Loads a language pack once per page. Resolves true when the language is
 * ready, false when its module could not be loaded (Czech is used then).
 */
export function loadLanguage(lang: Lang): Promise<boolean> {
  if (lang === 'cs' || packs[lang]) return Promise.resolve(true);
  let loading = pending.get(lang);
  if (!loading) {
    loading = PACK_MODULES[lang]().then(
      (pack) => {
        packs[lang] = pack;
        return true;
      },
      () => {
        failed.add(lang);
        return false;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}

/** Czech: the shared texts, and each loaded element's own. */
const czech: SharedStrings & Partial<Pick<Strings, ElementSection>> = cs;

/**
 * A page's own wording for some texts: by section (`catalogue`, `map`, `plan`, `roster`,
 * `contact`…) the keys to replace, or a shared text (`retry`, `loading`…) itself.
 */
export type TextOverrides = {
  [K in keyof Strings]?: Strings[K] extends (...args: never[]) => unknown
    ? Strings[K]
    : Strings[K] extends object
      ? Partial<Strings[K]>
      : Strings[K];
};

const overrides: Partial<Record<Lang, Record<string, unknown>>> = {};
/**
 * Each language's texts with the page's own wording, and what they were made from: made again when
 * that changes (a language pack arrives, Czech texts are added) or the page sets more.
 */
const withOverrides = new Map<Lang, { texts: Strings; base: object; revision: number }>();
/** Grows whenever Czech texts are added (an element's, the issues'). */
let czechRevision = 0;

/**
 * Replaces texts of the interface in one language with the page's own wording, e.g.
 * `setTexts('cs', { catalogue: { searchLabel: 'Co potřebujete?' } })`. Later calls add to earlier
 * ones. Elements on the page show the new texts at once.
 */
export function setTexts(lang: Lang, texts: TextOverrides): void {
  const own = (overrides[lang] ??= {});
  for (const [key, value] of Object.entries(texts)) {
    const before = own[key];
    own[key] = isSection(value) && isSection(before) ? { ...before, ...value } : value;
  }
  textsChanged();
}

const isSection = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Texts were added or replaced: they are merged again when next asked for, and every element renders again. */
function textsChanged(): void {
  withOverrides.clear();
  renderAll();
}

/**
 * Adds an element's Czech texts; its module calls this when it loads, so a
 * page with one element doesn't download the Czech of the other three.
 */
export function addCzech<K extends ElementSection>(section: K, texts: Strings[K]): void {
  czech[section] = texts;
  czechRevision++;
}

const czechIssues = lazyModule(() => import('./strings/cs-issues.js'));

/**
 * Loads the Czech words of data issues (the language packs carry their own);
 * true once `stringsOf('cs').issue` is there.
 */
export function loadIssueTexts(): Promise<boolean> {
  return czechIssues.load().then((ok) => {
    if (ok && czechIssues.module) czech.issue = czechIssues.module.issueCs;
    czechRevision++;
    return ok;
  });
}

/** The strings of a language, with the page's own wording; Czech until its pack has loaded. */
export function stringsOf(lang: Lang): Strings {
  // Each element reads only its own section, which its module has added.
  const base = (packs[lang]?.strings ?? czech) as unknown as Record<string, unknown>;
  const own = overrides[packs[lang] ? lang : 'cs'];
  if (!own) return base as unknown as Strings;
  let made = withOverrides.get(lang);
  if (made?.base !== base || made.revision !== czechRevision) {
    const texts = { ...base };
    for (const [key, value] of Object.entries(own)) {
      texts[key] = isSection(value) && isSection(base[key]) ? { ...base[key], ...value } : value;
    }
    made = { texts: texts as unknown as Strings, base, revision: czechRevision };
    withOverrides.set(lang, made);
  }
  return made.texts;
}

/** The vocabulary labels of a loaded pack (undefined for Czech and packs not loaded). */
export function vocabularyOf(lang: Lang): VocabularyTexts | undefined {
  return packs[lang]?.vocabulary;
}

/** Which part of a language pack's vocabulary translates which table. */
const VOCABULARY = new Map<object, keyof VocabularyTexts>([
  [SERVICE_GROUPS, 'serviceGroups'],
  [FORMS, 'forms'],
  [TARGET_GROUPS, 'targetGroups'],
  [GROUP_KINDS, 'groupKinds'],
  [ROLES, 'roles'],
  [ROLES_FEMININE, 'rolesFeminine'],
  [TRIAD_SIDES, 'triadSides'],
  [PLAN_STATUSES, 'planStatuses'],
  [CAPACITY_UNITS, 'capacityUnits'],
]);

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

/**
 * The label of a vocabulary entry in a language (Czech until its pack is loaded), or the code itself when unknown.
 * The tables hold Czech only; a pack's labels stay in the pack.
 */
export function label(table: Record<string, Labels>, code: string, lang: Lang): string {
  const entry = table[code];
  return entry ? ((vocabularyOf(lang)?.[VOCABULARY.get(table)!] as Record<string, string>)?.[code] ?? entry.cs) : code;
}

/** The name of a service type in a language (Czech until its pack is loaded), or the code itself when unknown. */
export function typeLabel(code: string, lang: Lang): string {
  return (
    vocabularyOf(lang)?.serviceTypes[code as ServiceTypeCode] ??
    SERVICE_TYPES[code as ServiceTypeCode]?.label.cs ??
    code
  );
}
