/**
 * `<kpss-catalogue>`: the host of the search controller (search-controller.ts) and the template parts
 * (parts/). Longer than the 400 lines we aim at: it binds what a person does (search field, filters,
 * sort, the detail dialog and its focus, the address bar, printing, my list, a linked map) to the
 * controller and the parts, a few lines of glue each; more classes for the glue would cost the size
 * budget (property names are not minified) without giving any of it a clearer home.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { addTexts } from '../core/i18n.js';
import { internalState, KpssElement } from '../core/kpss-element.js';
import { lazyModule } from '../core/lazy.js';
import { PrintController } from '../core/print.js';
import type { MergedDataset } from '../core/types.js';
import { UrlState } from '../core/url-state.js';
import { catalogueStyles } from './catalogue.styles.js';
import { LIFE_SITUATIONS, situationLabel } from './lexicon/situations.js';
import { card } from './parts/card.js';
import { filtersBox } from './parts/filters.js';
import {
  type CatalogueFilters,
  CatalogueSearch,
  type CatalogueSort,
  distanceOf,
  NO_FILTERS,
  type Origin,
} from './search-controller.js';
import type { ServiceEntry } from './service-model.js';
import { catalogueCs } from './strings/cs.js';

export type { CatalogueFilters, CatalogueSort, Origin };

/** Templates the first render does not need (detail, empty state, notice): a module loaded right after it. */
const onDemand = lazyModule(() => import('./parts/on-demand.js'));

// This element's texts: its Czech, and where its English and Ukrainian load from (on a page that speaks them).
addTexts('catalogue', catalogueCs, (lang) => (lang === 'en' ? import('./strings/en.js') : import('./strings/uk.js')));

/**
 * How many cards the first render with data builds on a catalogue that folded its filters before (a phone):
 * what a phone's first screen can show. The rest of the first page follow once that frame is painted (on a
 * phone, a town's first cards 0.01–0.07 s sooner). A wide catalogue renders its first page at once.
 */
const FIRST_CARDS = 4;

/** What the catalogue needs of a linked map (the map module is not imported: it loads Leaflet). */
interface KpssMapLike extends HTMLElement {
  selectService(id: string): void;
}

/** Filter names as written in the URL. */
const URL_KEYS = {
  targetGroup: 'pro',
  type: 'druh',
  form: 'forma',
  city: 'obec',
  free: 'zdarma',
  situation: 'situace',
  openNow: 'otevreno',
  access: 'bezbarierove',
  language: 'jazyk',
  mine: 'jen-vyber',
} as const satisfies Record<keyof CatalogueFilters, string>;

/**
 * The catalogue of providers and social services, with a fast Czech search,
 * filters, a life-situation guide and a detail view.
 *
 * @tagname kpss-catalogue
 * @summary Katalog poskytovatelů a sociálních služeb.
 * @event {CustomEvent<KpssSearchDetail>} kpss-search - The person changed the search or filters: `{query, filters, count}`.
 * @event {CustomEvent<KpssSelectDetail>} kpss-select - The person opened a service: `{kind: 'service', id}`.
 * @event {CustomEvent<KpssResultsDetail>} kpss-results - The results changed (search, filters, back button): `{ids}`, for a linked map.
 * @event {CustomEvent<KpssLoadDetail>} kpss-load - Data loaded: `{sources, counts, issues}`; with several files in `src`, again as each arrives.
 * @event {CustomEvent<KpssErrorDetail>} kpss-error - A data file could not be loaded: `{errors}`.
 * @csspart base - The element's wrapper.
 * @csspart search - The search field.
 * @csspart filters-box - The folding box around the filters (folded at first when the element is phone-narrow).
 * @csspart filters - The filter controls.
 * @csspart situations - The life-situation guide.
 * @csspart notice - The notice above results that match only part of the query.
 * @csspart crisis - The emergency and crisis lines shown above the results for words of suicide or self-harm.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart detail - The detail dialog.
 * @csspart my-list - The person's list of services ("Můj výběr"): show it alone, print, share, empty.
 * @csspart contacts - A service's phones, e-mails and webs (on a card, in the detail, in the empty state's coordinator).
 * @csspart empty - The message shown when nothing matches, with suggestions and the coordinator's contact.
 * @cssproperty --kpss-color-primary - Links, buttons and accents.
 * @cssproperty --kpss-font-family - Font (inherits the page's by default).
 * @cssproperty --kpss-radius - Corner radius.
 * @cssproperty --kpss-color-open - The dot beside "Otevřeno" (the word says it; the colour only adds to it).
 */
export class KpssCatalogue extends KpssElement {
  static override styles = [...KpssElement.styles, catalogueStyles];

  /** The reactive properties: the attributes an admin sets (documented on their fields), then internal state. */
  static override properties = {
    pageSize: { type: Number, attribute: 'page-size' },
    origin: { attribute: false },
    directions: {},
    reportUrl: { attribute: 'report-url' },
    clock: { attribute: false },
    ...internalState(
      'shortlist',
      'listMessage',
      'query',
      'typing',
      'filters',
      'filtersOpen',
      'filterFields',
      'sort',
      'openId',
      'limit',
      'nearCity',
      'announcement',
      'shareMessage',
      'placeSuggestions',
    ),
  };

  /** How many results are rendered at first and added by "show more". */
  pageSize = 30;

  /** A place to measure distances from (set by a map's "near me", or the town chooser). */
  origin?: Origin;

  /** Where "Navigovat" leads: `mapy` (Mapy.com, default), `osm` (OpenStreetMap) or `google` (Google Maps). */
  directions: 'mapy' | 'osm' | 'google' = 'mapy';

  /**
   * A form for reporting a wrong detail, e.g. `https://www.obec.cz/hlaseni?sluzba={id}`: {id}, {name},
   * {dataset} and {page} are filled in. Without it "Nahlásit chybu v údajích" writes to the coordinator's e-mail.
   */
  reportUrl = '';

  /** The clock "open now" is told by (tests set their own); Czech local time whatever the visitor's zone. */
  clock: () => Date = () => new Date();

  /** The person's list of services (ids), kept in the page address only. */
  private shortlist: string[] = [];
  private listMessage = '';
  /** Tells the time in open-now statuses and filter again each minute. */
  #minuteTimer?: ReturnType<typeof setInterval>;

  private query = '';
  /**
   * While the person types, cards below the screen skip layout and paint (content-visibility), so each
   * keystroke fits in a frame; once typing pauses they are laid out again and every result is in the
   * accessibility tree (browse mode, the list of headings).
   */
  private typing = false;
  /**
   * Printing gives the whole current result list, not only the first page, and each card with everything
   * a person needs on paper: all phones, e-mails and webs, the addresses and the opening hours.
   */
  readonly #print = new PrintController(this, () => {
    this.limit = this.#cardCap = Number.POSITIVE_INFINITY;
  });
  private filters: CatalogueFilters = { ...NO_FILTERS };
  /** Whether the filter box is unfolded: decided by the width once data and width are there, then by the person. */
  private filtersOpen?: boolean;
  /** Whether the person has unfolded the filter box once: from then on its fields stay in the page. */
  private filterFields = false;
  /** How many cards a render may show: FIRST_CARDS on a phone until the frame with the first cards is painted. */
  #cardCap = Number.POSITIVE_INFINITY;
  /** The render that adds the rest of the page's cards, after the frame that painted the first. */
  #allCards?: Promise<void>;
  /** Waits for a hidden element to be shown, to decide whether its filters start folded. */
  #sizeWatcher?: ResizeObserver;
  private sort: CatalogueSort = 'relevance';
  private openId = '';
  private limit = 30;
  private nearCity = '';
  private announcement = '';
  private shareMessage = '';
  /** Whether the municipality fields' suggestion lists are filled (on first use). */
  private placeSuggestions = false;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly search = new CatalogueSearch(this);
  /** Whether the styles of the templates loaded after the first render are adopted. */
  #laterStyled = false;
  /** The results' revision a linked map was last told of. */
  #toldRevision = -1;
  /** Where the focus goes back when a detail opened by openService() closes. */
  #returnFocus?: () => void;
  #opener?: HTMLElement;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #searchEventTimer?: ReturnType<typeof setTimeout>;
  #resultsEventTimer?: ReturnType<typeof setTimeout>;
  readonly #url = new UrlState(this, () => this.#readUrl());

  /** The services the search and filters leave, in display order. */
  get visibleServices() {
    return this.search.results.map((entry) => entry.service);
  }

  /**
   * Opens a service's detail, as if the person had chosen it; resolves once the detail is shown.
   * `returnFocus` puts the focus back where the person came from when the detail closes (e.g. a map's
   * marker); without it the focus goes to the service's card.
   */
  async openService(id: string, returnFocus?: () => void): Promise<void> {
    if (!this.search.entryById.has(id)) return;
    this.#opener = undefined;
    this.#returnFocus = returnFocus;
    this.openId = id;
    this.#url.set({ sluzba: id }, 'push');
    // The detail's template follows the first render in a module of its own.
    await this.#ensureLater();
    await this.updateComplete;
  }

  #laterReady?: Promise<void>;

  /** Loads the templates after the first render once, adopts their styles here and renders with them. */
  #ensureLater(): Promise<void> {
    this.#laterReady ??= onDemand.load().then(() => {
      const later = onDemand.module;
      if (!later) {
        this.#laterReady = undefined;
        return;
      }
      this.#laterStyled = true;
      this.addStyles(later.onDemandStyles);
      this.search.setExtraFilter(this.passesLater);
      // Removed from the page while the module came: connecting again starts the timer.
      if (this.isConnected) this.#startMinuteTimer();
      this.requestUpdate();
    });
    return this.#laterReady;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#laterStyled) this.#startMinuteTimer();
    // Moved while it waited to be shown: wait again.
    if (this.hasUpdated && this.filtersOpen === undefined) this.#foldFiltersWhenNarrow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#searchEventTimer);
    clearTimeout(this.#resultsEventTimer);
    clearInterval(this.#minuteTimer);
    this.#minuteTimer = undefined;
    this.#stopSizeWatcher();
  }

  /** The filters the later module answers: open now, access, language; and the person's list. */
  private readonly passesLater = (entry: ServiceEntry, f: CatalogueFilters) =>
    (!f.mine || this.shortlist.includes(entry.service.id)) &&
    (onDemand.module?.passesFacts(entry, f, this.clock()) ?? true);

  /** "Otevřeno, zavírá v 15:30" must not outlive 15:30: statuses and the open-now filter follow the clock. */
  #startMinuteTimer(): void {
    this.#minuteTimer ??= setInterval(() => {
      if (this.filters.openNow) this.search.setExtraFilter(this.passesLater);
      this.requestUpdate();
    }, 60_000);
  }

  #readUrl(): void {
    const get = (name: string) => this.#url.get(name);
    this.query = get('q');
    this.filters = Object.fromEntries(
      Object.entries(URL_KEYS).map(([key, name]) => [
        key,
        typeof NO_FILTERS[key as keyof CatalogueFilters] === 'boolean' ? get(name) === '1' : get(name),
      ]),
    ) as unknown as CatalogueFilters;
    this.shortlist = get('vyber').split(',').filter(Boolean);
    const sort = get('razeni');
    this.sort = sort === 'name' || sort === 'distance' ? sort : 'relevance';
    this.nearCity = get('od');
    this.openId = get('sluzba');
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    const f = this.filters;
    this.#url.set(
      {
        q: this.query.trim(),
        ...Object.fromEntries(
          Object.entries(URL_KEYS).map(([key, name]) => {
            const value = f[key as keyof CatalogueFilters];
            return [name, value === true ? '1' : value || ''];
          }),
        ),
        vyber: this.shortlist.join(','),
        razeni: this.sort === 'relevance' ? '' : this.sort,
        od: this.nearCity,
        sluzba: this.openId,
      },
      mode,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.search.setData(this.loader.dataset, this.language) && this.filtersOpen === undefined) {
      this.#foldFiltersWhenNarrow();
    }
    const { query, filters, sort } = this;
    this.search.update({ query, filters, sort, origin: this.#effectiveOrigin });
    // Private reactive state is not part of `keyof this`.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (has('query') || has('filters') || has('pageSize')) this.limit = this.pageSize;
  }

  /** The place distances are measured from: the chosen town, else the `origin` property. */
  get #effectiveOrigin(): Origin | undefined {
    if (this.nearCity) {
      const town = this.search.towns.find(this.nearCity);
      if (town) return town;
    }
    return this.origin;
  }

  /** Screen readers hear the count once the person pauses, not at every keystroke; the crisis lines first. */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    const count = this.search.results.length;
    this.#announceTimer = setTimeout(() => {
      this.announcement = `${this.renderRoot.querySelector('.crisis')?.textContent ?? ''} ${this.strings.catalogue.resultCount(count)}`;
    }, 600);
  }

  // ——— user actions ———

  /**
   * Folds the filters when the element is as narrow as a phone (under 36em),
   * so results come right after the search. An element not shown yet (in a
   * folded section of the page) has no width: it decides once it is shown,
   * unless the person has opened or closed the box by then.
   */
  #foldFiltersWhenNarrow(): void {
    const width = this.offsetWidth;
    // In the widget's own font size (its wrapper's), not the page's that the host element inherits;
    // before the first render there is no wrapper yet: decide right after it.
    const text = this.renderRoot.querySelector('.base');
    if (!text) {
      void this.updateComplete.then(() => this.filtersOpen === undefined && this.#foldFiltersWhenNarrow());
      return;
    }
    if (width > 0) {
      this.filtersOpen = width >= 36 * Number.parseFloat(getComputedStyle(text).fontSize);
      // Folded before any result showed: a phone, whose first render builds a screenful of cards.
      if (!this.filtersOpen && !this.search.results.length) this.#cardCap = FIRST_CARDS;
      return;
    }
    this.#sizeWatcher ??= new ResizeObserver(() => {
      if (this.offsetWidth === 0) return;
      this.#stopSizeWatcher();
      if (this.filtersOpen === undefined) this.#foldFiltersWhenNarrow();
    });
    this.#sizeWatcher.observe(this);
  }

  #stopSizeWatcher(): void {
    this.#sizeWatcher?.disconnect();
    this.#sizeWatcher = undefined;
  }

  /** The person opened or closed the filters (the box also fires this when the template sets it). */
  #handleFiltersToggle(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open !== (this.filtersOpen ?? true)) this.filtersOpen = open;
  }

  #handleInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.typing = true;
    if (this.query.trim() && this.sort === 'name') this.sort = 'relevance';
    // The URL and the event follow once typing pauses, not at every keystroke.
    this.#emitSearchSoon(400);
  }

  #setFilter<K extends keyof CatalogueFilters>(name: K, value: CatalogueFilters[K]): void {
    this.filters = { ...this.filters, [name]: value };
    this.#writeUrl('push');
    this.#emitSearchSoon(0);
  }

  #clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.#writeUrl('push');
    this.#emitSearchSoon(0);
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  #emitSearchSoon(delay: number): void {
    clearTimeout(this.#searchEventTimer);
    this.#searchEventTimer = setTimeout(() => {
      this.typing = false;
      if (delay) this.#writeUrl('replace');
      const filters = Object.fromEntries(Object.entries(this.filters).filter(([, value]) => value));
      emit(this, 'kpss-search', { query: this.query.trim(), filters, count: this.search.results.length });
    }, delay);
  }

  /** Past the guide and the filters: focus lands on the result count, the next Tab on the first result. */
  #skipToResults(): void {
    this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
  }

  /** One listener for every card's title (a listener per card would be replaced at every keystroke). */
  #handleCardClick(event: Event): void {
    const target = event.target as Element;
    const toggle = target.closest<HTMLElement>('button.list-toggle')?.dataset.listId;
    if (toggle) this.#setShortlist(onDemand.module?.toggled(this.shortlist, toggle) ?? this.shortlist);
    const title = target.closest<HTMLElement>('button.title');
    const id = title?.dataset.serviceId;
    if (title && id) this.#openDetail(id, title);
  }

  /** The person's list changed: the address keeps it (nothing is stored in the browser). */
  #setShortlist(ids: string[]): void {
    this.shortlist = ids;
    this.listMessage = '';
    if (this.filters.mine) this.search.setExtraFilter(this.passesLater);
    this.#writeUrl('replace');
  }

  #openDetail(id: string, opener: HTMLElement): void {
    this.#opener = opener;
    this.#returnFocus = undefined;
    this.openId = id;
    this.shareMessage = '';
    this.#writeUrl('push');
    emit(this, 'kpss-select', { kind: 'service', id });
  }

  #closeDetail(): void {
    this.#dialog?.close();
  }

  readonly #handleDialogClose = () => {
    if (!this.openId) return;
    const id = this.openId;
    this.openId = '';
    this.#writeUrl('push');
    if (this.#returnFocus) {
      this.#returnFocus();
      this.#returnFocus = undefined;
      return;
    }
    const fallback = this.renderRoot.querySelector<HTMLElement>(`[data-service-id="${CSS.escape(id)}"]`);
    (this.#opener?.isConnected ? this.#opener : fallback)?.focus();
  };

  /** A <kpss-map catalogue="this id"> (or the older for="this id") on the page, if any. */
  #linkedMap(): KpssMapLike | null {
    const id = this.id && CSS.escape(this.id);
    return id
      ? ((this.getRootNode() as Document | ShadowRoot).querySelector?.(
          `kpss-map[catalogue="${id}"],kpss-map[for="${id}"]`,
        ) ?? null)
      : null;
  }

  /** Closes the detail and shows the service on the linked map. */
  #showOnMap(id: string): void {
    const map = this.#linkedMap();
    if (!map) return;
    this.#dialog?.close();
    map.selectService(id);
    map.scrollIntoView({ block: 'center' });
  }

  /** The phone's share sheet where there is one, else the link copied (the detail's template is loaded by now). */
  async #share(): Promise<void> {
    const entry = this.search.entryById.get(this.openId);
    this.shareMessage =
      (await onDemand.module?.shareLink(
        this.#url.link({ sluzba: this.openId }),
        entry?.service.name ?? '',
        this.strings.catalogue.shareCopied,
      )) ?? '';
  }

  #renderListBar(): TemplateResult | typeof nothing {
    return (
      onDemand.module?.listBar({
        lang: this.language,
        ids: this.shortlist,
        only: this.filters.mine,
        message: this.listMessage,
        title: this.strings.catalogue.label,
        copied: this.strings.catalogue.shareCopied,
        // The list as a link that shows it alone; the detail is not part of it.
        link: () => this.#url.link({ vyber: this.shortlist.join(','), [URL_KEYS.mine]: '1', sluzba: '' }),
        setOnly: (only) => this.#setFilter('mine', only),
        setIds: (ids) => this.#setShortlist(ids),
        setMessage: (message) => {
          this.listMessage = message;
        },
        rendered: () => this.updateComplete,
      }) ?? nothing
    );
  }

  /** What open-now, directions and a wrong-detail report need to know. */
  #factContext(entry?: ServiceEntry) {
    const meta = entry && this.loader.dataset.metas.find((m) => m.$source === entry.service.$source);
    return {
      lang: this.language,
      now: this.clock(),
      directions: this.directions,
      reportUrl: this.reportUrl,
      coordinatorEmail: meta?.coordinator?.email?.[0],
      page: entry ? this.#url.link({ sluzba: entry.service.id }) : '',
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An update that runs after the element was removed starts no timers (nothing would clear them).
    if (this.isConnected && this.search.revision !== this.#toldRevision) {
      this.#toldRevision = this.search.revision;
      this.#scheduleAnnouncement();
      // A linked map follows shortly after; rebuilding its clusters at every keystroke would be wasted.
      clearTimeout(this.#resultsEventTimer);
      this.#resultsEventTimer = setTimeout(() => {
        emit(this, 'kpss-results', { ids: this.search.results.map((entry) => entry.service.id) });
      }, 150);
    }
    // A phone's first cards are painted: the rest of the page's cards follow in the task after that frame (in
    // a tab in the background, which paints nothing, once it is shown). Nothing starts after a removal.
    if (this.isConnected && this.#cardCap === FIRST_CARDS && this.search.results.length > 0 && !this.#allCards) {
      this.#allCards = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(() => {
        this.#cardCap = Number.POSITIVE_INFINITY;
        this.requestUpdate();
      });
    }
    // The detail's template follows the first render; a detail opened before it arrived opens then.
    if (this.search.entries.length) void this.#ensureLater();
    const dialog = this.#dialog;
    if (dialog?.isConnected && this.openId && !dialog.open && this.search.entries.length > 0 && this.#laterStyled) {
      if (this.search.entryById.has(this.openId)) dialog.showModal();
    } else if (dialog?.open && !this.openId) {
      dialog.close();
    }
  }

  /** Complete once every card of the page is rendered, also after a first render that left some for later. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#allCards) return complete;
    await this.#allCards;
    return super.getUpdateComplete();
  }

  // ——— rendering ———

  protected renderContent(data: MergedDataset): TemplateResult {
    const t = this.strings.catalogue;
    if (data.services.length === 0) return html`<p class="empty">${t.noServices}</p>`;
    // Two catalogues on a page are two landmarks: each is named with its data's title where it has one.
    const title = data.metas.find((meta) => meta.title)?.title;
    const name = title ? `${t.label}: ${title}` : t.label;
    // With a detail open, paper gets that detail alone (see the print styles).
    return html`<section class=${this.openId ? 'catalogue detail-open' : 'catalogue'} aria-label=${name}>
      ${this.#renderSearch(title)} ${this.#renderSituations()} ${this.#renderFilters()} ${onDemand.module?.activeFiltersBar(this.#chipsContext()) ?? nothing}
      ${this.#renderListBar()} ${this.#renderResults()} ${this.#renderDetail()}
    </section>`;
  }

  #renderSearch(title?: string): TemplateResult {
    const t = this.strings.catalogue;
    return html`<div class="search" role="search" aria-label=${title ? `${t.searchLabel}: ${title}` : t.searchLabel}>
      <label for="q">${t.searchLabel}</label>
      <p class="hint" id="q-hint">${t.searchHint}</p>
      <input
        id="q"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="q-hint"
        .value=${this.query}
        @input=${this.#handleInput}
      />
      <button type="button" class="skip" @click=${this.#skipToResults}>${t.skipToResults}</button>
    </div>`;
  }

  #renderSituations(): TemplateResult {
    const lang = this.language;
    const current = this.filters.situation;
    // Not a landmark (a labelled section is one): two catalogues would repeat it; its heading structures it.
    return html`<div class="situations" part="situations">
      <h2 id="situations-title">${this.strings.catalogue.situations}</h2>
      <ul aria-labelledby="situations-title">
        ${LIFE_SITUATIONS.map(
          (s) => html`<li>
            <button
              type="button"
              aria-pressed=${current === s.id ? 'true' : 'false'}
              @click=${() => this.#setFilter('situation', current === s.id ? '' : s.id)}
            >
              <span class="icon" data-icon=${s.id} aria-hidden="true"></span>${situationLabel(s, lang)}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    return filtersBox({
      strings: this.strings,
      lang: this.language,
      filters: this.filters,
      present: this.search.options,
      towns: this.search.towns,
      sort: this.sort,
      hasOrigin: Boolean(this.#effectiveOrigin),
      nearCity: this.nearCity,
      open: this.filtersOpen,
      fields: this.filterFields,
      // Lit renders the fields in the microtask after the click, before the box unfolds.
      onUnfold: () => {
        this.filterFields = true;
      },
      active: this.#activeCount(),
      placeSuggestions: this.placeSuggestions,
      onFilter: (name, value) => this.#setFilter(name, value),
      onSort: (sort) => {
        this.sort = sort;
        this.#writeUrl('replace');
      },
      onNear: (key) => {
        this.nearCity = key;
        if (key) this.sort = 'distance';
        else if (this.sort === 'distance' && !this.origin) this.sort = 'relevance';
        this.#writeUrl('replace');
      },
      onPlaceFocus: () => {
        this.placeSuggestions = true;
      },
      onToggle: (event) => this.#handleFiltersToggle(event),
      extra: onDemand.module?.factFilters({
        lang: this.language,
        filters: this.filters,
        entries: this.search.entries,
        onFilter: (name, value) => this.#setFilter(name, value as never),
      }),
    });
  }

  /** How many filters are in use (the person's list is not one). */
  #activeCount(): number {
    return Object.entries(this.filters).filter(([key, value]) => key !== 'mine' && value).length;
  }

  /** The chips of the filters in use, once their module is here. */
  #chipsContext() {
    return {
      strings: this.strings,
      lang: this.language,
      filters: this.filters,
      cityName: (key: string) => this.search.options.cities.get(key),
      remove: (key: keyof CatalogueFilters) => this.#setFilter(key, NO_FILTERS[key]),
      clear: () => this.#clearFilters(),
      rendered: () => this.updateComplete,
      focusSearch: () => this.renderRoot.querySelector<HTMLElement>('#q')?.focus(),
    };
  }

  #renderResults(): TemplateResult {
    const t = this.strings.catalogue;
    const { results, leading } = this.search;
    // The first page ends where the services that meet the need end; the ones that may help follow on request.
    const shown = results.slice(0, this.limit > this.pageSize ? this.limit : Math.min(this.limit, leading));
    const rest = results.length - shown.length;
    const cards = shown.slice(0, this.#cardCap);
    return html`<div class="results-section">
      <h2 id="results-title" class="count" tabindex="-1">${t.resultCount(results.length)}</h2>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${onDemand.module?.crisisNotice(this.search.found?.parts ?? [], this.language)}
      ${this.#renderPartialNotice()}
      ${
        results.length === 0
          ? this.#renderEmpty()
          : html`<ul class=${this.typing ? 'results typing' : 'results'} part="results" @click=${this.#handleCardClick}>
              ${
                // Not keyed: cards share one template, so updating them in place at every
                // keystroke is far cheaper than creating and removing DOM.
                cards.map((entry) => this.#renderCard(entry))
              }
            </ul>`
      }
      ${
        rest > 0
          ? html`<button type="button" class="more" @click=${() => this.#showMore(shown.length)}>
              ${t.showMore(Math.min(rest, this.pageSize), shown.length < this.limit)}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Shows the next page after the first `from` results; the focus goes to the first card added, as the button may go. */
  async #showMore(from: number): Promise<void> {
    this.limit = from + this.pageSize;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.card .title')[from]?.focus();
  }

  /** When the results match only part of the query: which part, and which words were not recognised. */
  #renderPartialNotice(): TemplateResult | typeof nothing {
    const found = this.search.found;
    const later = onDemand.module;
    if (!later || !found?.partial || this.search.results.length === 0) return nothing;
    const spoken = (parts: typeof found.parts) => parts.map((part) => this.search.spoken(part)).join(', ');
    const ignored = found.parts.filter((part) => found.unmatched.includes(part.said));
    return later.partialNotice(this.strings, spoken(found.matchedParts), spoken(ignored));
  }

  #renderCard(entry: ServiceEntry): TemplateResult {
    const origin = this.#effectiveOrigin;
    const later = onDemand.module;
    return card(entry, {
      strings: this.strings,
      lang: this.language,
      terms: this.search.found?.terms ?? NO_TERMS,
      distance: origin ? distanceOf(entry, origin, this.search.towns) : undefined,
      why: this.search.reasons(entry, this.language),
      printed: this.#print.printing ? later?.printedDetails(entry, this.strings) : undefined,
      facts: later?.cardFacts(entry, this.#factContext()),
      listToggle: this.#print.printing
        ? undefined
        : later?.listToggle(entry, this.language, this.shortlist.includes(entry.service.id)),
    });
  }

  #renderEmpty(): TemplateResult | typeof nothing {
    const later = onDemand.module;
    if (!later) return nothing;
    return later.emptyState({
      strings: this.strings,
      chips: this.#activeCount() ? later.chipItems(this.#chipsContext()) : undefined,
      suggestions: this.search.suggestions(),
      onSuggestion: (word) => {
        this.query = word;
        this.#writeUrl('replace');
        this.#emitSearchSoon(0);
      },
      coordinator: this.loader.dataset.metas.find((meta) => meta.coordinator)?.coordinator,
    });
  }

  #renderDetail(): TemplateResult {
    const entry = this.openId ? this.search.entryById.get(this.openId) : undefined;
    const id = entry?.service.id ?? '';
    const later = onDemand.module;
    return html`<dialog part="detail" aria-labelledby="detail-title" @close=${this.#handleDialogClose}>
      ${
        entry && later
          ? later.detail(entry, {
              strings: this.strings,
              lang: this.language,
              shareMessage: this.shareMessage,
              onClose: () => this.#closeDetail(),
              onShare: () => this.#share(),
              onShowOnMap: this.#linkedMap() && entry.points.length ? () => this.#showOnMap(id) : undefined,
              facts: this.#factContext(entry),
            })
          : nothing
      }
    </dialog>`;
  }
}

/** No search: nothing to highlight. */
const NO_TERMS: ReadonlySet<string> = new Set();
