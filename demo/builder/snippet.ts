/**
 * The HTML an admin pastes into a CMS page, made from the builder's choices.
 * Every value is escaped: whatever is typed into a field stays an attribute value.
 */

export type ElementName = 'catalogue' | 'map' | 'roster' | 'plan';

export interface SnippetOptions {
  /**
   * The web address of the folder where the admin uploaded the files (the release's kpss/ folder). The snippet
   * is pasted into pages at other addresses, so every relative address below is made absolute against it.
   */
  baseUrl: string;
  /** The library's script: a file in that folder (kpss-widgets.js) or a whole address, e.g. from a CDN. */
  scriptUrl: string;
  /** Data files, one or more (relative to the folder, or whole addresses). */
  dataUrls: string[];
  elements: ElementName[];
  /** `lang` for the elements; empty: the page's language. */
  lang: '' | 'cs' | 'en' | 'uk';
  colorScheme: 'light' | 'dark' | 'auto';
  catalogueId: string;
  pageSize: number;
  /** The map shows what the catalogue's search leaves (needs the catalogue). */
  mapLinked: boolean;
  /** Load third-party tiles only after the visitor agrees. */
  mapConsent: boolean;
  /** Tile template; empty: OpenStreetMap. */
  mapTiles: string;
  rosterId: string;
  /** "steering", a group id, or empty for all groups. */
  rosterGroup: string;
  rosterLayout: 'cards' | 'list' | 'table';
}

/** An example folder address, shown until the admin writes theirs (the builder warns while it is there). */
export const PLACEHOLDER_BASE = 'https://www.vase-obec.cz/kpss/';

export const DEFAULT_OPTIONS: SnippetOptions = {
  baseUrl: PLACEHOLDER_BASE,
  scriptUrl: 'kpss-widgets.js',
  dataUrls: ['data/katalog.json'],
  elements: ['catalogue', 'map'],
  lang: '',
  colorScheme: 'light',
  catalogueId: 'katalog',
  pageSize: 30,
  mapLinked: true,
  mapConsent: true,
  mapTiles: '',
  rosterId: 'skupiny',
  rosterGroup: '',
  rosterLayout: 'cards',
};

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An id as HTML and the URL state accept it: letters, digits, "-" and "_". */
export function cleanId(value: string, fallback: string): string {
  const id = value
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[A-Za-z]/.test(id) ? id : fallback;
}

/**
 * The folder's address as a base for URLs ending in "/", or '' when it is no web address (a path such as
 * "/kpss/" names no site). A missing scheme is taken as https ("www.obec.cz/kpss" → "https://www.obec.cz/kpss/").
 */
export function folderUrl(base: string): string {
  let value = base.trim();
  if (!value) return '';
  if (value.startsWith('//')) value = `https:${value}`;
  else if (value.startsWith('/')) return '';
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) value = `https://${value}`;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return '';
  }
}

/** An address as the snippet writes it: absolute against the folder, or as typed when there is no folder. */
export function absoluteUrl(url: string, base: string): string {
  const value = url.trim();
  const folder = folderUrl(base);
  if (!value || !folder) return value;
  try {
    return new URL(value, folder).href;
  } catch {
    return value;
  }
}

/** Whether the snippet's addresses all start with a scheme and host (they work on any page of any site). */
export function isAbsolute(url: string): boolean {
  return /^https?:\/\/[^/]/i.test(url);
}

/** Dataset JSON as the content of a `<script type="application/json">` ("<" escaped, so no "</script>" ends it). */
export function inlineJson(text: string): string {
  return text.replace(/</g, '\\u003c');
}

function tag(name: string, attributes: [string, string | boolean | undefined][], content = ''): string {
  const written = attributes
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([key, value]) => (value === true ? key : `${key}="${escapeAttribute(String(value))}"`));
  return `<${name}${written.length ? ` ${written.join(' ')}` : ''}>${content}</${name}>`;
}

/** How the builder's preview differs from the pasted snippet. */
export interface PreviewOverrides {
  /** Load the script as a classic script (a single-file build that works from file://), not as a module. */
  classicScript?: boolean;
  /** Dataset JSON given inside each element instead of `src` (works where fetch cannot, e.g. from file://). */
  inlineData?: string;
}

declare const __KPSS_CHUNKS__: Record<string, string[]> | undefined;

/**
 * The parts (chunks/…) each script of the library loads at once, by the script's file name: written into the
 * builder when a release is made (scripts/release.mjs), absent under the development server.
 */
export const RELEASE_CHUNKS: Record<string, string[]> = typeof __KPSS_CHUNKS__ === 'undefined' ? {} : __KPSS_CHUNKS__;

/** The snippet: the preload lines (data, then the scripts' parts), the library's script tags, then the chosen elements. */
export function snippet(
  options: SnippetOptions,
  preview: PreviewOverrides = {},
  chunks: Record<string, string[]> = RELEASE_CHUNKS,
): string {
  const o = options;
  const inline =
    preview.inlineData === undefined
      ? ''
      : `<script type="application/json">${inlineJson(preview.inlineData)}</script>`;
  const src = inline
    ? ''
    : o.dataUrls
        .map((url) => absoluteUrl(url, o.baseUrl))
        .filter(Boolean)
        .join(' ');
  const common: [string, string | undefined][] = [
    ['lang', o.lang || undefined],
    ['color-scheme', o.colorScheme === 'light' ? undefined : o.colorScheme],
  ];
  const has = (name: ElementName) => o.elements.includes(name);
  const catalogueId = cleanId(o.catalogueId, 'katalog');
  const rosterId = cleanId(o.rosterId, 'skupiny');
  const folder = folderUrl(o.baseUrl);
  const script = absoluteUrl(o.scriptUrl, o.baseUrl);
  // The library's folder has a script per element beside the all-in-one: a page showing some of them
  // loads only theirs (a catalogue with a map: about 14 kB less, on a phone 0.1–0.2 s sooner).
  const perElement = !preview.classicScript && o.elements.length < 4 && /(^|\/)kpss-widgets\.js$/.test(script);
  const scripts = perElement
    ? (['catalogue', 'map', 'roster', 'plan'] as const)
        .filter(has)
        .map((name) => script.replace(/kpss-widgets\.js$/, `${name}.js`))
    : [script];
  const lines = [
    // The data starts downloading with the page, beside the script, not after it (on a phone ½ s sooner for a
    // region's data): the elements' own request then takes this one (same address, same credentials).
    ...(src
      ? src
          .split(' ')
          .map((url) => `<link rel="preload" href="${escapeAttribute(url)}" as="fetch" crossorigin="anonymous">`)
      : []),
    // The parts of the library's own scripts in the folder, asked for with the page, not after the script: on a
    // phone the first results come about 0.25 s sooner. They name this release's files: a snippet of an older
    // release only misses the gain.
    ...[
      ...new Set(
        scripts.flatMap((url) =>
          folder && url.startsWith(folder)
            ? (chunks[url.slice(folder.length)] ?? []).map((chunk) => folder + chunk)
            : [],
        ),
      ),
    ].map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}">`),
    // Deferred like a module: elements upgraded while the parser is still at their start tag would miss inline data.
    ...scripts.map((url) =>
      preview.classicScript
        ? `<script defer src="${escapeAttribute(url)}"></script>`
        : `<script type="module" src="${escapeAttribute(url)}"></script>`,
    ),
  ];
  if (has('catalogue')) {
    lines.push(
      tag(
        'kpss-catalogue',
        [
          ['id', catalogueId],
          ['src', src],
          ['page-size', o.pageSize && o.pageSize !== 30 ? String(o.pageSize) : undefined],
          ...common,
        ],
        inline,
      ),
    );
  }
  if (has('map')) {
    const linked = o.mapLinked && has('catalogue');
    lines.push(
      tag(
        'kpss-map',
        [
          ['catalogue', linked ? catalogueId : undefined],
          ['src', linked ? undefined : src],
          ['tiles', o.mapTiles.trim() || undefined],
          ['consent', o.mapConsent],
          ...common,
        ],
        linked ? '' : inline,
      ),
    );
  }
  if (has('roster')) {
    lines.push(
      tag(
        'kpss-roster',
        [
          ['id', rosterId],
          ['src', src],
          ['group', o.rosterGroup.trim() || undefined],
          ['layout', o.rosterLayout === 'cards' ? undefined : o.rosterLayout],
          ...common,
        ],
        inline,
      ),
    );
  }
  if (has('plan')) {
    lines.push(
      tag(
        'kpss-plan',
        [
          ['src', src],
          ['catalogue', has('catalogue') ? catalogueId : undefined],
          ['roster', has('roster') ? rosterId : undefined],
          ...common,
        ],
        inline,
      ),
    );
  }
  return lines.join('\n');
}
