/**
 * What every kpss-* element shares: the data attributes, the loader, the
 * language, and readable loading, error, empty and bad-data states.
 */
import {
  adoptStyles,
  type CSSResultOrNative,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { DataController, type DataState } from './data-controller.js';
import {
  formatDate,
  type Lang,
  langOf,
  languagePending,
  loadIssueTexts,
  loadLanguage,
  type Strings,
  stringsOf,
} from './i18n.js';
import { lazyModule } from './lazy.js';
import type { LoadError } from './loader.js';
import { loaderSettings } from './loader.js';
import { footerHostChanged, pageHostConnected, pageHostDisconnected, showsFooter } from './page-registry.js';
import { baseStyles } from './styles.js';
import type { KpssDataset, MergedDataset } from './types.js';

/**
 * The fields of an element that only the element itself changes and that re-render it when they
 * change: Lit's internal reactive state, as `@state()` on each field would declare it, but in one
 * line per class (the built bundle repeats a decorator's call for every field).
 */
export function internalState(...names: string[]): PropertyDeclarations {
  return Object.fromEntries(names.map((name) => [name, { state: true }]));
}

/** The icons' drawings, after the first render that shows an icon. */
const icons = lazyModule(() => import('./icons.js'));

/** How many data problems are listed before the rest is summarised. */
const MAX_LISTED_ISSUES = 100;

/**
 * The base of the four elements.
 *
 * @csspart base - The element's wrapper.
 * @csspart error - The message shown when a data file could not be loaded, with its retry button.
 * @csspart issues - The list of records left out or values ignored because of errors in the data.
 * @csspart footer - Sample-data notice, date of the last update and the data's source.
 * @cssproperty --kpss-color-primary - Links, buttons and accents.
 * @cssproperty --kpss-color-text - Text.
 * @cssproperty --kpss-color-background - Background.
 * @cssproperty --kpss-font-family - Font (inherits the page's by default).
 * @cssproperty --kpss-font-size - Base text size (the reader's default size by default).
 * @cssproperty --kpss-radius - Corner radius.
 * @cssproperty --kpss-icons - `none` hides the icons beside contacts, places and life situations.
 */
export abstract class KpssElement extends LitElement {
  static override styles = [baseStyles];

  /** The reactive properties (documented on their fields). */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    footer: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the dataset JSON; several URLs separated by spaces are merged. */
  src = '';

  /** The dataset (or several) given by a script instead of `src`. */
  data?: KpssDataset | KpssDataset[];

  /** Colour scheme: "light" (default), "dark", or "auto" to follow the system. */
  colorScheme: 'light' | 'dark' | 'auto' = 'light';

  /** The footer with the data's source: "auto" (default) once per page and `src`, "show" always, "hide" never. */
  footer: 'auto' | 'show' | 'hide' = 'auto';

  /**
   * The level of the element's top headings, 1–6 (default 2), so that they fit the page's outline:
   * under a page's `<h2>`, set 3. Deeper headings follow one level down each.
   */
  headingLevel = 2;

  protected readonly loader = new DataController(this);
  /** Whether headings were ever given a level other than their own (to set them back when 2 again). */
  #leveled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    pageHostConnected(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pageHostDisconnected(this);
  }

  /** The language the element speaks, from `lang` on it or an ancestor. */
  protected get language(): Lang {
    return langOf(this);
  }

  /** The element's strings in its language (Czech while its pack is on its way, or if it cannot load). */
  protected get strings(): Strings {
    const lang = this.language;
    if (languagePending(lang)) void loadLanguage(lang).then(() => this.requestUpdate());
    return stringsOf(lang);
  }

  /** Loads the data again, e.g. after a network failure. */
  reload(): Promise<void> {
    return this.loader.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.levelHeadings(this.renderRoot);
    this.loadIcons(this.renderRoot);
  }

  #iconsAdded = false;

  /**
   * Icons stand beside their words: their drawings follow the first render that shows one in `root`
   * (also what Leaflet puts into a popup), asked for once that render is painted. A failed load is
   * tried again at the next.
   */
  protected loadIcons(root: ParentNode): void {
    if (this.#iconsAdded || !root.querySelector('.icon')) return;
    this.#iconsAdded = true;
    const load = () =>
      icons.load().then((loaded) => {
        if (loaded) this.addStyles([(icons.module as typeof import('./icons.js')).iconStyles]);
        else this.#iconsAdded = false;
      });
    requestAnimationFrame(() => setTimeout(load));
  }

  /** Styles that came after the element's own: before them (a library's, which they override) and after. */
  #stylesBefore: CSSResultOrNative[] = [];
  #stylesAfter: CSSResultOrNative[] = [];

  /**
   * Adds styles that arrive after the first render (templates loaded later, the icons, Leaflet's),
   * keeping those added before: last, or `first`, before the element's own rules.
   */
  protected addStyles(styles: CSSResultOrNative[], first = false): void {
    (first ? this.#stylesBefore : this.#stylesAfter).push(...styles);
    const { elementStyles } = this.constructor as typeof LitElement;
    adoptStyles(this.renderRoot as ShadowRoot, [...this.#stylesBefore, ...elementStyles, ...this.#stylesAfter]);
  }

  /**
   * Exposes each heading in `root` at its level under the page's: an `<h2>` at `heading-level`, an
   * `<h3>` one below, and so on, 6 at most. Also for what Leaflet puts into a popup later.
   */
  protected levelHeadings(root: ParentNode): void {
    const shift = (this.headingLevel - 2) | 0;
    // Nothing to do until a level other than 2 is asked for; then always (back at 2, each its own level).
    if (!(this.#leveled ||= shift !== 0)) return;
    for (const heading of root.querySelectorAll('h2,h3,h4,h5,h6')) {
      heading.setAttribute('aria-level', String(Math.min(6, Math.max(1, +heading.localName[1] + shift))));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.update();
    if (changed.has('src') || changed.has('footer')) footerHostChanged(this);
  }

  /** The element's own content, rendered when data is loaded. */
  protected abstract renderContent(data: MergedDataset): TemplateResult | typeof nothing;

  /**
   * What the element shows: the loader's state, but 'loading' while the language's pack is on its way
   * (it comes beside the data): the element says nothing in Czech first.
   */
  protected get shownState(): DataState {
    const { state } = this.loader;
    return state !== 'empty' && languagePending(this.language) ? 'loading' : state;
  }

  protected override render(): TemplateResult {
    const { dataset } = this.loader;
    const t = this.strings;
    const state = this.shownState;
    const waiting = state === 'loading';
    // The status after the content: the files of a split dataset still on their way are said below what is
    // shown, so nothing moves when they arrive (alone, in the loading and empty states, it is at the top).
    return html`<div part="base" class="base" lang=${this.language}>
      ${waiting ? nothing : this.#renderErrors()}
      ${state === 'ready' ? this.renderContent(dataset) : nothing}
      <div class="status" role="status" aria-live="polite">${
        waiting || this.loader.more ? t.loading : state === 'empty' ? t.loadError.noData : ''
      }</div>
      ${waiting ? nothing : this.#renderIssues()}
      ${state === 'ready' && showsFooter(this) ? this.#renderMetaFooter(dataset) : nothing}
    </div>`;
  }

  #errorMessage({ kind, url, status, detail }: LoadError): string {
    // Each kind's text takes the file and what there is to add: the HTTP status, the time limit, the parser's words.
    const say = this.strings.loadError[kind] as (url: string, more: unknown) => string;
    return say(url, kind === 'timeout' ? Math.round(loaderSettings.timeoutMs / 1000) : (status ?? detail));
  }

  #renderErrors(): TemplateResult | typeof nothing {
    const { errors } = this.loader;
    if (errors.length === 0) return nothing;
    return html`<div class="error" part="error" role="alert">
      ${errors.map((error) => html`<p>${this.#errorMessage(error)}</p>`)}
      <button type="button" @click=${() => this.reload()}>${this.strings.retry}</button>
    </div>`;
  }

  #renderIssues(): TemplateResult | typeof nothing {
    const { issues } = this.loader;
    if (issues.length === 0) return nothing;
    const t = this.strings;
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const text = t.issue;
    // The words of issues follow in a module of their own (an admin's concern, not the first view).
    if (!text) void loadIssueTexts().then((ok) => ok && this.requestUpdate());
    return html`<details class="issues" part="issues">
      <summary>${t.issuesSummary(issues.length)}</summary>
      <ul>
        ${text ? listed.map((issue) => html`<li>${text(issue)}</li>`) : nothing}
        ${issues.length > listed.length ? html`<li>…</li>` : nothing}
      </ul>
    </details>`;
  }

  #renderMetaFooter(data: MergedDataset): TemplateResult | typeof nothing {
    const metas = data.metas;
    if (metas.length === 0) return nothing;
    const t = this.strings;
    const sample = metas.some((meta) => meta.sample);
    const updated = metas
      .map((meta) => meta.updated)
      .filter((date): date is string => Boolean(date))
      .sort()
      .pop();
    const sources = [...new Set(metas.map((meta) => meta.source).filter(Boolean))];
    return html`<div class="meta-footer" part="footer">
      ${sample ? html`<p><strong>${t.sampleData}</strong></p>` : nothing}
      ${updated ? html`<p>${t.updated(formatDate(this.language, updated))}</p>` : nothing}
      ${sources.length ? html`<p>${t.source}: ${sources.join('; ')}</p>` : nothing}
    </div>`;
  }
}

/** Registers an element unless a copy of the library already did. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
