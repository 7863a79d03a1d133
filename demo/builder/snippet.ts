/**
 * The HTML an admin pastes into a CMS page, made from the builder's choices.
 * Every value is escaped: whatever is typed into a field stays an attribute value.
 */

export type ElementName = 'catalogue' | 'map' | 'roster' | 'plan';

export interface SnippetOptions {
  /** Where the admin put dist/kpss-widgets.js. */
  scriptUrl: string;
  /** Data files, one or more. */
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

export const DEFAULT_OPTIONS: SnippetOptions = {
  scriptUrl: '/kpss/kpss-widgets.js',
  dataUrls: ['/kpss/data.json'],
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

function tag(name: string, attributes: [string, string | boolean | undefined][]): string {
  const written = attributes
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([key, value]) => (value === true ? key : `${key}="${escapeAttribute(String(value))}"`));
  return `<${name}${written.length ? ` ${written.join(' ')}` : ''}></${name}>`;
}

/** The snippet: the library's script tag, then the chosen elements. */
export function snippet(options: SnippetOptions): string {
  const o = options;
  const src = o.dataUrls
    .map((url) => url.trim())
    .filter(Boolean)
    .join(' ');
  const common: [string, string | undefined][] = [
    ['lang', o.lang || undefined],
    ['color-scheme', o.colorScheme === 'light' ? undefined : o.colorScheme],
  ];
  const has = (name: ElementName) => o.elements.includes(name);
  const catalogueId = cleanId(o.catalogueId, 'katalog');
  const rosterId = cleanId(o.rosterId, 'skupiny');
  const lines = [`<script type="module" src="${escapeAttribute(o.scriptUrl.trim())}"></script>`];
  if (has('catalogue')) {
    lines.push(
      tag('kpss-catalogue', [
        ['id', catalogueId],
        ['src', src],
        ['page-size', o.pageSize && o.pageSize !== 30 ? String(o.pageSize) : undefined],
        ...common,
      ]),
    );
  }
  if (has('map')) {
    const linked = o.mapLinked && has('catalogue');
    lines.push(
      tag('kpss-map', [
        ['for', linked ? catalogueId : undefined],
        ['src', linked ? undefined : src],
        ['tiles', o.mapTiles.trim() || undefined],
        ['consent', o.mapConsent],
        ...common,
      ]),
    );
  }
  if (has('roster')) {
    lines.push(
      tag('kpss-roster', [
        ['id', rosterId],
        ['src', src],
        ['group', o.rosterGroup.trim() || undefined],
        ['layout', o.rosterLayout === 'cards' ? undefined : o.rosterLayout],
        ...common,
      ]),
    );
  }
  if (has('plan')) {
    lines.push(
      tag('kpss-plan', [
        ['src', src],
        ['catalogue', has('catalogue') ? catalogueId : undefined],
        ['roster', has('roster') ? rosterId : undefined],
        ...common,
      ]),
    );
  }
  return lines.join('\n');
}
