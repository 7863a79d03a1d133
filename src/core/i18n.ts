/**
 * Languages: Czech by default, English and Ukrainian complete. An element's
 * language comes from its own `lang`, else the closest ancestor's, else <html lang>.
 *
 * Czech ships with every element. English and Ukrainian load on first need, in
 * parts: the shared texts with the vocabulary labels (strings/en.ts, uk.ts), and
 * each element's own beside it (catalogue/strings/en.ts…), so a Czech page
 * downloads no other language and an English roster no catalogue texts. A pack's
 * vocabulary labels stay in the pack: `label()` and `typeLabel()` look there
 * before the Czech of vocabulary.ts.
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
  type ServiceTypeInfo,
  TARGET_GROUPS,
  TRIAD_SIDES,
} from './vocabulary.js';

export { plural } from './strings/plural.js';

export type Lang = 'cs' | 'en' | 'uk';
export type { ElementSection, Strings, VocabularyTexts };

export const LANGUAGES: readonly Lang[] = ['cs', 'en', 'uk'];

/** What a language's shared pack holds: the texts every element shares, and the vocabulary labels. */
interface SharedPack {
  default: SharedStrings;
  vocabulary: VocabularyTexts;
}

/** A part of the texts with a module per language: the shared texts, or one element's own. */
type Part = 'shared' | ElementSection;
type OtherLang = Exclude<Lang, 'cs'>;
/** Loads a part's texts in English or Ukrainian (a module's default export). */
export type TextLoader = (lang: OtherLang) => Promise<{ default: unknown }>;

/** The parts a page needs: the shared one, and each element whose module has loaded. */
const loaders = new Map<Part, TextLoader>([
  ['shared', (lang) => (lang === 'en' ? import('./strings/en.js') : import('./strings/uk.js'))],
]);
/**
 * The parts of each language as they arrive: the module, or `{}` for one that could not be loaded
 * (Czech stands in for it, and it is not asked for again and again).
 */
const packs: Record<OtherLang, Partial<Record<Part, { default?: unknown }>>> = { en: {}, uk: {} };
const pending: Record<string, Promise<void>> = {};
/** Grows whenever texts change (a part arrives, Czech texts are added, the page sets its own): made again then. */
let revision = 0;

const missing = (lang: Lang) => (lang === 'cs' ? [] : [...loaders].filter(([part]) => !packs[lang][part]));

/** Whether some of a language's texts for the elements on the page are still on their way. */
export function languagePending(lang: Lang): boolean {
  return missing(lang).length > 0;
}

/**
 * Loads a language's texts for every element on the page, each part once per page; a part that
 * could not be loaded stays in Czech (see stringsOf).
 */
export function loadLanguage(lang: Lang): Promise<unknown> {
  return Promise.all(
    missing(lang).map(
      ([part, load]) =>
        (pending[lang + part] ??= load(lang as OtherLang)
          .catch(() => ({}))
          .then((module) => {
            packs[lang as OtherLang][part] = module;
            revision++;
          })),
    ),
  );
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
/** Each language's texts as last put together, and the revision they were made at. */
const made: Partial<Record<Lang, { texts: Strings; revision: number }>> = {};

/**
 * Replaces texts of the interface in one language with the page's own wording, e.g.
 * `setTexts('cs', { catalogue: { searchLabel: 'Co potřebujete?' } })`. Later calls add to earlier
 * ones. Elements on the page show the new texts at once.
 */
export function setTexts(lang: Lang, texts: TextOverrides): void {
  mergeTexts((overrides[lang] ??= {}), texts);
  revision++;
  renderAll();
}

const isSection = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Puts `texts` into `target`: a section (`catalogue`…) key by key, a shared text whole. */
function mergeTexts(target: Record<string, unknown>, texts: object): void {
  for (const [key, value] of Object.entries(texts)) {
    target[key] = isSection(value) && isSection(target[key]) ? { ...target[key], ...value } : value;
  }
}

/**
 * Adds an element's texts: its Czech, and how to load its English and Ukrainian. Its module calls
 * this when it loads, so a page with one element doesn't download the texts of the other three.
 */
export function addTexts<K extends ElementSection>(section: K, texts: Strings[K], load: TextLoader): void {
  czech[section] = texts;
  loaders.set(section, load);
  revision++;
}

const czechIssues = lazyModule(() => import('./strings/cs-issues.js'));

/**
 * Loads the Czech words of data issues (the language packs carry their own);
 * true once `stringsOf('cs').issue` is there.
 */
export function loadIssueTexts(): Promise<boolean> {
  return czechIssues.load().then((ok) => {
    if (ok && czechIssues.module) czech.issue = czechIssues.module.issueCs;
    revision++;
    return ok;
  });
}

/**
 * The strings of a language, with the page's own wording: each part in the language once it has
 * loaded, in Czech until then (or when it could not be loaded).
 */
export function stringsOf(lang: Lang): Strings {
  let texts = made[lang];
  if (texts?.revision !== revision) {
    const pack = lang === 'cs' ? {} : packs[lang];
    const all: Record<string, unknown> = { ...czech };
    for (const [part, module] of Object.entries(pack)) {
      // A part that could not be loaded has no texts: Czech stands in.
      if (part === 'shared') Object.assign(all, module.default);
      else all[part] = module.default ?? all[part];
    }
    mergeTexts(all, overrides[pack.shared?.default ? lang : 'cs'] ?? {});
    texts = { texts: all as unknown as Strings, revision };
    made[lang] = texts;
  }
  return texts.texts;
}

/** The vocabulary labels of a loaded pack (undefined for Czech and packs not loaded). */
export function vocabularyOf(lang: Lang): VocabularyTexts | undefined {
  return lang === 'cs' ? undefined : (packs[lang].shared as SharedPack | undefined)?.vocabulary;
}

/** Which part of a language pack's vocabulary translates which table. */
const VOCABULARY = new Map<object, keyof VocabularyTexts>([
  [SERVICE_TYPES, 'serviceTypes'],
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

/**
 * Czech months as a date names them ("1. března 2025"), the way Intl writes them: a Czech date needs
 * no Intl.DateTimeFormat, whose creation on a slow phone costs more than the rest of the first render
 * of a town's catalogue together (its footer says when the data were updated).
 */
const CZECH_MONTHS = 'ledna února března dubna května června července srpna září října listopadu prosince'.split(' ');

/** Formats an ISO date ("2024-03-01") as a long local date. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const withTime = iso.length > 10;
  if (lang === 'cs' && !withTime) return `${date.getDate()}. ${CZECH_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
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
export function label(table: Record<string, Labels | ServiceTypeInfo>, code: string, lang: Lang): string {
  const entry = table[code];
  return entry
    ? ((vocabularyOf(lang)?.[VOCABULARY.get(table)!] as Record<string, string>)?.[code] ??
        ('cs' in entry ? entry.cs : entry.label.cs))
    : code;
}

/** The name of a service type in a language (Czech until its pack is loaded), or the code itself when unknown. */
export const typeLabel = (code: string, lang: Lang): string => label(SERVICE_TYPES, code, lang);
