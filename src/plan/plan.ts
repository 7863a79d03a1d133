/** `<kpss-plan>`: the plan's state (shown plan, open priorities and measures, filters, the address bar); summary.ts counts, parts/ draw. */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { blockStyles } from '../core/blocks.styles.js';
import { emit } from '../core/events.js';
import { addTexts } from '../core/i18n.js';
import { internalState, KpssElement } from '../core/kpss-element.js';
import { LinkController } from '../core/link.js';
import { PrintController } from '../core/print.js';
import type { Measure, MergedDataset, Plan, Priority } from '../core/types.js';
import { UrlState } from '../core/url-state.js';
import { planFilters } from './parts/filters.js';
import { planHeader, planSwitch, summaryView } from './parts/overview.js';
import { anchorOf, priorityView, type TreeContext } from './parts/tree.js';
import { planStyles } from './plan.styles.js';
import { planCs } from './strings/cs.js';
import {
  currentPlan,
  hasFilters,
  matches,
  NO_FILTERS,
  type PlanFilters,
  type PlanRecord,
  planClock,
  summarisePlan,
} from './summary.js';

// This element's texts: its Czech, and where its English and Ukrainian load from (on a page that speaks them).
addTexts('plan', planCs, (lang) => (lang === 'en' ? import('./strings/en.js') : import('./strings/uk.js')));

/** Which disclosures are open: codes, or every one. */
type Openness = ReadonlySet<string> | 'all';

/** Filter names as written in the URL. */
const URL_KEYS = {
  targetGroup: 'pro',
  group: 'skupina',
  status: 'stav',
  year: 'rok',
} as const satisfies Record<keyof PlanFilters, string>;

/** "Everything open" in the URL. */
const ALL = '*';

const isOpen = (open: Openness, code: string) => open === 'all' || open.has(code);

/** Opens or closes one code; an opened code moves to the end (the latest opened). */
function withCode(open: Openness, code: string, value: boolean, all: () => string[]): Openness {
  if (open === 'all' && value) return open;
  const next = new Set(open === 'all' ? all() : open);
  next.delete(code);
  if (value) next.add(code);
  return next;
}

function parseOpen(value: string): Openness {
  if (value === ALL) return 'all';
  return new Set(
    value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  );
}

/**
 * The community plan of social services (komunitní plán sociálních služeb):
 * the plan approved by the town council for several years, its priorities and
 * measures with their activities, who is responsible, budgets, indicators,
 * status and progress; a summary of progress and money; filters; deep links.
 *
 * Budgets roll up as described in `summary.ts`: a measure counts its own
 * budget, or its activities' only when it has none; priorities and the plan
 * add up their measures.
 *
 * @tagname kpss-plan
 * @summary Komunitní plán sociálních služeb: priority, opatření, plnění a rozpočet.
 * @event {CustomEvent<KpssSelectDetail>} kpss-select - The person opened a measure: `{kind: 'measure', id}` (the measure's code, e.g. "1.3").
 * @event {CustomEvent<KpssLoadDetail>} kpss-load - Data loaded: `{sources, counts, issues}`; with several files in `src`, again as each arrives.
 * @event {CustomEvent<KpssErrorDetail>} kpss-error - A data file could not be loaded: `{errors}`.
 * @csspart base - The element's wrapper.
 * @csspart header - The plan's title, period, approval, document and vision.
 * @csspart summary - Progress by status and priority, and budget totals.
 * @csspart filters - The filter controls.
 * @csspart priority - One priority.
 * @csspart measure - One measure.
 * @csspart empty - The message shown when there is no plan, or no measure matches the filters.
 * @cssproperty --kpss-color-primary - Links, buttons and accents.
 * @cssproperty --kpss-status-nezahajeno - Colour of "not started" (white text on it).
 * @cssproperty --kpss-status-probiha - Colour of "in progress".
 * @cssproperty --kpss-status-splneno - Colour of "completed".
 * @cssproperty --kpss-status-odlozeno - Colour of "postponed".
 * @cssproperty --kpss-status-zruseno - Colour of "cancelled".
 * @cssproperty --kpss-font-family - Font (inherits the page's by default).
 * @cssproperty --kpss-radius - Corner radius.
 */
export class KpssPlan extends KpssElement {
  static override styles = [...KpssElement.styles, blockStyles, planStyles];

  /** The reactive properties: the attributes an admin sets (documented on their fields), then internal state. */
  static override properties = {
    catalogue: {},
    roster: {},
    ...internalState('planId', 'filters', 'openPriorities', 'openMeasures', 'copied'),
  };

  /** Id of a `<kpss-catalogue>` on the page: a measure's services open there. */
  catalogue = '';

  /** Id of a `<kpss-roster>` on the page: a measure's working group opens there. */
  roster = '';

  /** Id of the plan shown; empty for the current one. */
  private planId = '';
  private filters: PlanFilters = { ...NO_FILTERS };
  private openPriorities: Openness = new Set();
  private openMeasures: Openness = new Set();
  /**
   * The printed plan is whole: everything open, no filter; the screen state comes back after printing.
   * Rendered at once: the page is laid out for print right after the beforeprint event.
   */
  readonly #print = new PrintController(this, () => this.performUpdate());
  private copied?: { code: string; text: string; link?: string };

  readonly #url = new UrlState(this, () => this.#readUrl());
  readonly #rosterLink = new LinkController(this, 'kpss-roster', () => this.roster);
  readonly #catalogueLink = new LinkController(this, 'kpss-catalogue', () => this.catalogue);
  /** Id of a priority or measure to scroll to once it is rendered. */
  #pendingScroll = '';
  /** Names of groups and services by id, for one dataset. */
  private names?: { of: MergedDataset; groups: Map<string, string>; services: Map<string, string> };

  /** Opens a measure (and its priority) by code, scrolls to it and puts it in the URL. */
  openMeasure(code: string): void {
    const plan = this.#shownPlan;
    const priority = plan?.priorities?.find((p) => p.measures?.some((m) => m.code === code));
    const measure = priority?.measures?.find((m) => m.code === code);
    if (!plan || !priority || !measure) return;
    if (!matches(measure, priority, plan, this.filters)) this.filters = { ...NO_FILTERS };
    this.openMeasures = withCode(this.openMeasures, code, true, () => this.#measureCodes(plan));
    this.#pendingScroll = anchorOf('opatreni', code);
    this.#writeUrl('push');
  }

  // ——— state and URL ———

  get #plans(): PlanRecord[] {
    return this.loader.dataset.plans;
  }

  /** This year by the plans' clock (summary.ts: tests set their own). */
  get #year(): number {
    return planClock.now().getFullYear();
  }

  /** The plan in force this year, else the latest. */
  get #defaultPlan(): PlanRecord | undefined {
    return currentPlan(this.#plans, this.#year);
  }

  get #shownPlan(): PlanRecord | undefined {
    return this.#plans.find((plan) => plan.id === this.planId) ?? this.#defaultPlan;
  }

  #measureCodes(plan: Plan): string[] {
    return (plan.priorities ?? []).flatMap((priority) => (priority.measures ?? []).map((measure) => measure.code));
  }

  #readUrl(): void {
    const get = (name: string) => this.#url.get(name);
    this.planId = get('obdobi');
    this.filters = {
      targetGroup: get(URL_KEYS.targetGroup),
      group: get(URL_KEYS.group),
      status: get(URL_KEYS.status),
      year: get(URL_KEYS.year),
    };
    const before = { priorities: this.openPriorities, measures: this.openMeasures };
    this.openPriorities = parseOpen(get('priorita'));
    this.openMeasures = parseOpen(get('opatreni'));
    // Scroll to what the link (or back button) newly opens: the latest measure, else the latest priority.
    const newest = (open: Openness, previous: Openness) =>
      open === 'all' ? undefined : [...open].reverse().find((code) => !isOpen(previous, code));
    const measure = newest(this.openMeasures, before.measures);
    const priority = newest(this.openPriorities, before.priorities);
    this.#pendingScroll = measure ? anchorOf('opatreni', measure) : priority ? anchorOf('priorita', priority) : '';
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    const plan = this.#shownPlan;
    if (!plan) return;
    const priorities = plan.priorities ?? [];
    const measureCodes = new Set(this.#measureCodes(plan));
    const priorityCodes = new Set(priorities.map((priority) => priority.code));
    // A priority with an open measure is open anyway: the measure alone says so.
    const implied = new Set(
      priorities
        .filter((priority) => priority.measures?.some((measure) => isOpen(this.openMeasures, measure.code)))
        .map((priority) => priority.code),
    );
    const f = this.filters;
    this.#url.set(
      {
        obdobi: plan === this.#defaultPlan ? '' : plan.id,
        [URL_KEYS.targetGroup]: f.targetGroup,
        [URL_KEYS.group]: f.group,
        [URL_KEYS.status]: f.status,
        [URL_KEYS.year]: f.year,
        priorita:
          this.openPriorities === 'all'
            ? ALL
            : [...this.openPriorities].filter((code) => priorityCodes.has(code) && !implied.has(code)).join(','),
        opatreni:
          this.openMeasures === 'all' ? ALL : [...this.openMeasures].filter((code) => measureCodes.has(code)).join(','),
      },
      mode,
    );
  }

  #isPriorityOpen(priority: Priority): boolean {
    return (
      this.#print.printing ||
      isOpen(this.openPriorities, priority.code) ||
      Boolean(priority.measures?.some((measure) => isOpen(this.openMeasures, measure.code)))
    );
  }

  #isMeasureOpen(measure: Measure): boolean {
    return this.#print.printing || isOpen(this.openMeasures, measure.code);
  }

  // ——— user actions ———

  #setPriorityOpen(plan: Plan, priority: Priority, open: boolean): void {
    if (open === this.#isPriorityOpen(priority)) return;
    this.openPriorities = withCode(this.openPriorities, priority.code, open, () =>
      (plan.priorities ?? []).map((p) => p.code),
    );
    if (!open) {
      // Closing a priority closes its measures.
      for (const measure of priority.measures ?? []) {
        this.openMeasures = withCode(this.openMeasures, measure.code, false, () => this.#measureCodes(plan));
      }
    }
    this.#writeUrl('replace');
  }

  #setMeasureOpen(plan: Plan, measure: Measure, open: boolean): void {
    if (open === this.#isMeasureOpen(measure)) return;
    this.openMeasures = withCode(this.openMeasures, measure.code, open, () => this.#measureCodes(plan));
    this.#writeUrl(open ? 'push' : 'replace');
    if (open) emit(this, 'kpss-select', { kind: 'measure', id: measure.code });
  }

  #expandAll(): void {
    this.openPriorities = 'all';
    this.openMeasures = 'all';
    this.#writeUrl('push');
  }

  #collapseAll(): void {
    this.openPriorities = new Set();
    this.openMeasures = new Set();
    this.#writeUrl('push');
  }

  #setFilter(name: keyof PlanFilters, value: string): void {
    this.filters = { ...this.filters, [name]: value };
    this.#writeUrl('push');
  }

  #clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.#writeUrl('push');
    this.renderRoot.querySelector<HTMLElement>('#f-target, #f-group, #f-status, #f-year')?.focus();
  }

  #choosePlan(id: string): void {
    this.planId = id === this.#defaultPlan?.id ? '' : id;
    // Codes and years belong to one plan.
    this.openPriorities = new Set();
    this.openMeasures = new Set();
    this.filters = { ...this.filters, year: '' };
    this.copied = undefined;
    this.#writeUrl('push');
  }

  async #copyLink(code: string): Promise<void> {
    const plan = this.#shownPlan;
    const t = this.strings.plan;
    const link = this.#url.link({
      obdobi: plan && plan !== this.#defaultPlan ? plan.id : '',
      ...Object.fromEntries(Object.values(URL_KEYS).map((key) => [key, ''])),
      priorita: '',
      opatreni: code,
    });
    try {
      await navigator.clipboard.writeText(link);
      this.copied = { code, text: t.linkCopied };
    } catch {
      // No clipboard (insecure page, denied): show the link to copy by hand.
      this.copied = { code, text: t.copyByHand, link };
    }
  }

  #namesOf(data: MergedDataset): NonNullable<KpssPlan['names']> {
    if (this.names?.of !== data) {
      // Should an id repeat across datasets, the first record names it.
      const byId = (records: { id: string; name: string }[]) => {
        const map = new Map<string, string>();
        for (const record of records) if (!map.has(record.id)) map.set(record.id, record.name);
        return map;
      };
      this.names = { of: data, groups: byId(data.groups), services: byId(data.services) };
    }
    return this.names;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#pendingScroll && this.shownState === 'ready') {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#pendingScroll)}`);
      this.#pendingScroll = '';
      target?.scrollIntoView({ block: 'start' });
    }
  }

  // ——— rendering ———

  protected renderContent(data: MergedDataset): TemplateResult {
    const t = this.strings.plan;
    const plan = this.#shownPlan;
    if (!plan) return html`<p class="empty" part="empty">${t.noPlans}</p>`;
    const summary = summarisePlan(plan);
    const filtering = hasFilters(this.filters) && !this.#print.printing;
    const rows = (plan.priorities ?? [])
      .map((priority) => ({
        priority,
        measures: (priority.measures ?? []).filter(
          (measure) => !filtering || matches(measure, priority, plan, this.filters),
        ),
      }))
      .filter((row) => !filtering || row.measures.length > 0);
    const shown = rows.reduce((sum, row) => sum + row.measures.length, 0);
    const lang = this.language;
    const names = this.#namesOf(data);
    const roster = this.#rosterLink.element;
    const catalogue = this.#catalogueLink.element;
    const tree: TreeContext = {
      t,
      lang,
      plan,
      isPriorityOpen: (priority) => this.#isPriorityOpen(priority),
      isMeasureOpen: (measure) => this.#isMeasureOpen(measure),
      setPriorityOpen: (priority, open) => this.#setPriorityOpen(plan, priority, open),
      setMeasureOpen: (measure, open) => this.#setMeasureOpen(plan, measure, open),
      copied: this.copied,
      copyLink: (code) => this.#copyLink(code),
      groupName: (id) => names.groups.get(id) ?? id,
      serviceName: (id) => names.services.get(id) ?? id,
      showGroup: roster && ((id) => roster.showGroup(id)),
      showService:
        catalogue &&
        ((id) => {
          catalogue.scrollIntoView({ block: 'start' });
          catalogue.openService(id);
        }),
    };
    return html`<section class="plan" aria-labelledby="plan-title" data-plan-id=${plan.id}>
      ${planHeader(
        plan,
        t,
        lang,
        planSwitch(plan, this.#plans, this.#year, t, (id) => this.#choosePlan(id)),
      )}
      ${summaryView(summary, t, lang)}
      <div class="controls">
        ${planFilters(
          plan,
          data,
          this.filters,
          t,
          lang,
          (name, value) => this.#setFilter(name, value),
          // A listener: Lit calls it with this element as `this`.
          this.#clearFilters,
        )}
        <div class="toolbar">
          <button type="button" class="expand-all" @click=${this.#expandAll}>${t.expandAll}</button>
          <button type="button" class="collapse-all" @click=${this.#collapseAll}>${t.collapseAll}</button>
        </div>
      </div>
      <p class="count" role="status">${t.measureCount(shown, summary.measureCount)}</p>
      ${
        filtering && rows.length === 0
          ? html`<div class="empty" part="empty">
              <p>${t.nothingMatches}</p>
              <button type="button" @click=${this.#clearFilters}>${t.clearFilters}</button>
            </div>`
          : html`<div class="priorities">${rows.map((row) => priorityView(tree, row.priority, row.measures))}</div>`
      }
    </section>`;
  }
}
