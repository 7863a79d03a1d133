import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KpssCatalogue } from '../catalogue/catalogue.js';
import { cssProps } from '../core/css-props.js';
import { emit } from '../core/events.js';
import { addCzech, formatDate, formatNumber, type Lang, label } from '../core/i18n.js';
import { KpssElement } from '../core/kpss-element.js';
import { safeWebUrl } from '../core/safe-url.js';
import type { Indicator, Measure, MergedDataset, Plan, PlanItem, Priority, Sourced } from '../core/types.js';
import { UrlState } from '../core/url-state.js';
import { PLAN_STATUSES, type PlanStatus, TARGET_GROUPS } from '../core/vocabulary.js';
import type { KpssRoster } from '../roster/roster.js';
import { planCs } from './plan.strings.js';
import { planStyles } from './plan.styles.js';
import {
  type Amounts,
  budgetParts,
  byPeriodDesc,
  currentPlan,
  groupOf,
  hasBudget,
  hasFilters,
  itemProgress,
  matches,
  measureBudget,
  NO_FILTERS,
  type PlanFilters,
  type PlanSummary,
  planClock,
  planInForce,
  planYears,
  type RolledBudget,
  type StatusKey,
  summarisePlan,
  targetGroupsOf,
} from './summary.js';

// This element's Czech texts (other languages come in the language packs).
addCzech('plan', planCs);

type PlanRecord = Plan & Sourced;

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

const STATUSES = Object.keys(PLAN_STATUSES) as PlanStatus[];

/** A stable id for a priority or measure: "priorita-1", "opatreni-1.3". */
export function anchorOf(kind: 'priorita' | 'opatreni', code: string): string {
  return `${kind}-${code.trim().replace(/[^\p{L}\p{N}.-]+/gu, '_')}`;
}

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

/** Years as people write them: "2022–2025", or "2023" for one year. */
function years(from?: number, to?: number): string {
  if (from === undefined) return to === undefined ? '' : String(to);
  return to === undefined || to === from ? String(from) : `${from}–${to}`;
}

/** Money the language's way: "1 250 000 Kč". */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  try {
    return formatNumber(lang, amount, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return `${formatNumber(lang, amount, { maximumFractionDigits: 0 })} ${currency}`;
  }
}

function formatAmounts(lang: Lang, amounts: Amounts): string {
  return Object.entries(amounts)
    .map(([currency, amount]) => formatMoney(lang, amount, currency))
    .join(' + ');
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
 * @event kpss-select - The person opened a measure: `{kind: 'measure', id}` (the measure's code, e.g. "1.3").
 * @event kpss-load - Data loaded: `{sources, counts, issues}`.
 * @event kpss-error - A data file could not be loaded: `{errors}`.
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
  static override styles = [...KpssElement.styles, planStyles];

  /** Id of a `<kpss-catalogue>` on the page: a measure's services open there. */
  @property() catalogue = '';

  /** Id of a `<kpss-roster>` on the page: a measure's working group opens there. */
  @property() roster = '';

  /** Id of the plan shown; empty for the current one. */
  @state() private planId = '';
  @state() private filters: PlanFilters = { ...NO_FILTERS };
  @state() private openPriorities: Openness = new Set();
  @state() private openMeasures: Openness = new Set();
  /** While printing, everything is open and no filter applies. */
  @state() private printing = false;
  @state() private copied?: { code: string; text: string; link?: string };

  private readonly url = new UrlState(this, () => this.readUrl());
  /** Id of a priority or measure to scroll to once it is rendered. */
  private pendingScroll = '';
  /** Names of groups and services by id, for one dataset. */
  private names?: { of: MergedDataset; groups: Map<string, string>; services: Map<string, string> };

  /** Opens a measure (and its priority) by code, scrolls to it and puts it in the URL. */
  openMeasure(code: string): void {
    const plan = this.shownPlan;
    const priority = plan?.priorities?.find((p) => p.measures?.some((m) => m.code === code));
    const measure = priority?.measures?.find((m) => m.code === code);
    if (!plan || !priority || !measure) return;
    if (!matches(measure, priority, plan, this.filters)) this.filters = { ...NO_FILTERS };
    this.openMeasures = withCode(this.openMeasures, code, true, () => this.measureCodes(plan));
    this.pendingScroll = anchorOf('opatreni', code);
    this.writeUrl('push');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
  }

  /** The printed plan is whole: everything open, no filter. The screen state comes back after printing. */
  private readonly handleBeforePrint = () => {
    this.printing = true;
    // Render now: the page is laid out for print right after this event.
    this.performUpdate();
  };

  private readonly handleAfterPrint = () => {
    this.printing = false;
  };

  // ——— state and URL ———

  private get plans(): PlanRecord[] {
    return this.loader.dataset.plans;
  }

  /** This year by the plans' clock (summary.ts: tests set their own). */
  private get year(): number {
    return planClock.now().getFullYear();
  }

  /** The plan in force this year, else the latest. */
  private get defaultPlan(): PlanRecord | undefined {
    return currentPlan(this.plans, this.year);
  }

  private get shownPlan(): PlanRecord | undefined {
    return this.plans.find((plan) => plan.id === this.planId) ?? this.defaultPlan;
  }

  private measureCodes(plan: Plan): string[] {
    return (plan.priorities ?? []).flatMap((priority) => (priority.measures ?? []).map((measure) => measure.code));
  }

  private readUrl(): void {
    const get = (name: string) => this.url.get(name);
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
    this.pendingScroll = measure ? anchorOf('opatreni', measure) : priority ? anchorOf('priorita', priority) : '';
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const plan = this.shownPlan;
    if (!plan) return;
    const priorities = plan.priorities ?? [];
    const measureCodes = new Set(this.measureCodes(plan));
    const priorityCodes = new Set(priorities.map((priority) => priority.code));
    // A priority with an open measure is open anyway: the measure alone says so.
    const implied = new Set(
      priorities
        .filter((priority) => priority.measures?.some((measure) => isOpen(this.openMeasures, measure.code)))
        .map((priority) => priority.code),
    );
    const f = this.filters;
    this.url.set(
      {
        obdobi: plan === this.defaultPlan ? '' : plan.id,
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

  private isPriorityOpen(priority: Priority): boolean {
    return (
      this.printing ||
      isOpen(this.openPriorities, priority.code) ||
      Boolean(priority.measures?.some((measure) => isOpen(this.openMeasures, measure.code)))
    );
  }

  private isMeasureOpen(measure: Measure): boolean {
    return this.printing || isOpen(this.openMeasures, measure.code);
  }

  // ——— user actions ———

  private setPriorityOpen(plan: Plan, priority: Priority, open: boolean): void {
    if (open === this.isPriorityOpen(priority)) return;
    this.openPriorities = withCode(this.openPriorities, priority.code, open, () =>
      (plan.priorities ?? []).map((p) => p.code),
    );
    if (!open) {
      // Closing a priority closes its measures.
      for (const measure of priority.measures ?? []) {
        this.openMeasures = withCode(this.openMeasures, measure.code, false, () => this.measureCodes(plan));
      }
    }
    this.writeUrl('replace');
  }

  private setMeasureOpen(plan: Plan, measure: Measure, open: boolean): void {
    if (open === this.isMeasureOpen(measure)) return;
    this.openMeasures = withCode(this.openMeasures, measure.code, open, () => this.measureCodes(plan));
    this.writeUrl(open ? 'push' : 'replace');
    if (open) emit(this, 'kpss-select', { kind: 'measure', id: measure.code });
  }

  private expandAll(): void {
    this.openPriorities = 'all';
    this.openMeasures = 'all';
    this.writeUrl('push');
  }

  private collapseAll(): void {
    this.openPriorities = new Set();
    this.openMeasures = new Set();
    this.writeUrl('push');
  }

  private setFilter(name: keyof PlanFilters, value: string): void {
    this.filters = { ...this.filters, [name]: value };
    this.writeUrl('push');
  }

  private clearFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.writeUrl('push');
    this.renderRoot.querySelector<HTMLElement>('#f-target, #f-group, #f-status, #f-year')?.focus();
  }

  private choosePlan(id: string): void {
    this.planId = id === this.defaultPlan?.id ? '' : id;
    // Codes and years belong to one plan.
    this.openPriorities = new Set();
    this.openMeasures = new Set();
    this.filters = { ...this.filters, year: '' };
    this.copied = undefined;
    this.writeUrl('push');
  }

  private async copyLink(code: string): Promise<void> {
    const plan = this.shownPlan;
    const t = this.strings.plan;
    const link = this.url.link({
      obdobi: plan && plan !== this.defaultPlan ? plan.id : '',
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

  private namesOf(data: MergedDataset): NonNullable<KpssPlan['names']> {
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

  /** Another kpss element on the page, by id. */
  private linked<T extends HTMLElement>(tag: string, id: string): T | undefined {
    if (!id) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById?.(id) ?? document.getElementById(id);
    return element?.localName === tag ? (element as T) : undefined;
  }

  private showService(id: string): void {
    const catalogue = this.linked<KpssCatalogue>('kpss-catalogue', this.catalogue);
    if (!catalogue) return;
    catalogue.scrollIntoView({ block: 'start' });
    catalogue.openService(id);
  }

  private async showGroup(id: string): Promise<void> {
    const roster = this.linked<KpssRoster>('kpss-roster', this.roster);
    if (!roster) return;
    roster.group = id;
    roster.scrollIntoView({ block: 'start' });
    await roster.updateComplete;
    roster.shadowRoot?.querySelector<HTMLElement>('.group-title')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingScroll && this.loader.state === 'ready') {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.pendingScroll)}`);
      this.pendingScroll = '';
      target?.scrollIntoView({ block: 'start' });
    }
  }

  // ——— rendering ———

  private percent(value: number): string {
    return formatNumber(this.language, Math.round(value) / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  protected renderContent(data: MergedDataset): TemplateResult {
    const t = this.strings.plan;
    const plan = this.shownPlan;
    if (!plan) return html`<p class="empty" part="empty">${t.noPlans}</p>`;
    const summary = summarisePlan(plan);
    const filtering = hasFilters(this.filters) && !this.printing;
    const rows = (plan.priorities ?? [])
      .map((priority) => ({
        priority,
        measures: (priority.measures ?? []).filter(
          (measure) => !filtering || matches(measure, priority, plan, this.filters),
        ),
      }))
      .filter((row) => !filtering || row.measures.length > 0);
    const shown = rows.reduce((sum, row) => sum + row.measures.length, 0);
    return html`<section class="plan" aria-labelledby="plan-title" data-plan-id=${plan.id}>
      ${this.renderHeader(plan)} ${this.renderSummary(summary)}
      <div class="controls">
        ${this.renderFilters(plan, data)}
        <div class="toolbar">
          <button type="button" class="expand-all" @click=${this.expandAll}>${t.expandAll}</button>
          <button type="button" class="collapse-all" @click=${this.collapseAll}>${t.collapseAll}</button>
        </div>
      </div>
      <p class="count" role="status">${t.measureCount(shown, summary.measureCount)}</p>
      ${
        filtering && rows.length === 0
          ? html`<div class="empty" part="empty">
              <p>${t.nothingMatches}</p>
              <button type="button" @click=${this.clearFilters}>${t.clearFilters}</button>
            </div>`
          : html`<div class="priorities">
              ${rows.map((row) => this.renderPriority(plan, row.priority, row.measures, data))}
            </div>`
      }
    </section>`;
  }

  private renderHeader(plan: PlanRecord): TemplateResult {
    const t = this.strings.plan;
    const lang = this.language;
    const href = safeWebUrl(plan.documentUrl);
    const approval = plan.approval;
    const fact = (term: string, value: unknown) =>
      value ? html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
    return html`<header class="header" part="header">
      <h2 id="plan-title">${plan.title}</h2>
      <dl class="facts">
        ${fact(t.period, years(plan.period.from, plan.period.to))}
        ${fact(
          t.approved,
          approval
            ? html`${approval.body}${
                approval.date
                  ? html`, <time datetime=${approval.date}>${formatDate(lang, approval.date)}</time>`
                  : nothing
              }${approval.resolution ? `, ${approval.resolution}` : ''}`
            : '',
        )}
        ${fact(t.document, href ? html`<a href=${href}>${t.documentLink}</a>` : '')}
      </dl>
      ${
        plan.vision
          ? html`<div class="vision">
              <p class="vision-label">${t.vision}</p>
              <p>${plan.vision}</p>
            </div>`
          : nothing
      }
      ${this.renderPlanSwitch(plan)}
    </header>`;
  }

  private renderPlanSwitch(shown: PlanRecord): TemplateResult | typeof nothing {
    const plans = [...this.plans].sort(byPeriodDesc);
    if (plans.length < 2) return nothing;
    const t = this.strings.plan;
    // Only a plan whose period holds this year is current: one that has ended is not, even when it is the latest.
    const inForce = planInForce(plans, this.year);
    const text = (plan: PlanRecord) => {
      const period = years(plan.period.from, plan.period.to);
      const twin = plans.some((other) => other !== plan && years(other.period.from, other.period.to) === period);
      return t.planOption(twin ? `${period} – ${plan.title}` : period, plan === inForce);
    };
    return html`<div class="field plan-switch">
      <label for="f-plan">${t.choosePlan}</label>
      <select id="f-plan" .value=${shown.id} @change=${(e: Event) => this.choosePlan((e.target as HTMLSelectElement).value)}>
        ${plans.map((plan) => html`<option value=${plan.id} ?selected=${plan === shown}>${text(plan)}</option>`)}
      </select>
    </div>`;
  }

  private renderSummary(summary: PlanSummary): TemplateResult {
    const t = this.strings.plan;
    const lang = this.language;
    const counts = summary.statusCounts;
    const keys: StatusKey[] = [...STATUSES, 'none'];
    const present = keys.filter((key) => counts[key] > 0 || key !== 'none');
    const statusName = (key: StatusKey) => (key === 'none' ? t.noStatus : label(PLAN_STATUSES, key, lang));
    let x = 0;
    const segments = keys
      .filter((key) => counts[key] > 0)
      .map((key) => {
        const segment = svg`<rect class="segment" data-status=${key} x=${x} y="0" width=${counts[key]} height="1"></rect>`;
        x += counts[key];
        return segment;
      });
    const bar = (value: number | undefined) =>
      value === undefined
        ? html`<span class="muted">${t.unknown}</span>`
        : html`<span class="mini">
            <svg class="mini-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" width="100" height="1"></rect>
              <rect class="fill" width=${Math.round(value)} height="1"></rect>
            </svg>
            <span class="value">${this.percent(value)}</span>
          </span>`;
    const money = (amounts: Amounts | undefined) =>
      amounts && Object.keys(amounts).length
        ? html`<span class="money">${formatAmounts(lang, amounts)}</span>`
        : html`<span class="muted">${t.unknown}</span>`;
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">${t.summary}</h3>
      ${summary.progress !== undefined ? html`<p class="overall">${t.overallProgress(this.percent(summary.progress))}</p>` : nothing}
      ${
        summary.measureCount
          ? html`<div class="status-chart">
              <h4 id="status-title">${t.byStatus}</h4>
              <svg
                class="status-bar"
                viewBox="0 0 ${summary.measureCount} 1"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                ${segments}
              </svg>
              <ul class="status-counts" aria-labelledby="status-title">
                ${present.map(
                  (key) => html`<li data-status=${key}>
                    <span class="swatch" aria-hidden="true"></span>${statusName(key)}: <strong>${counts[key]}</strong>
                  </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <table class="priority-table">
        <caption>${t.byPriority}</caption>
        <thead>
          <tr>
            <th scope="col">${t.priority}</th>
            <th scope="col">${t.progress}</th>
            ${summary.hasBudget ? html`<th scope="col">${t.budget}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${summary.priorities.map(
            (row) => html`<tr data-code=${row.priority.code}>
              <th scope="row"><span class="code">${row.priority.code}</span> ${row.priority.title}</th>
              <td data-label=${t.progress}>${bar(row.progress)}</td>
              ${summary.hasBudget ? html`<td data-label=${t.budget}>${money(row.budget?.total)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t.total}</th>
            <td data-label=${t.progress}>${bar(summary.progress)}</td>
            ${summary.hasBudget ? html`<td data-label=${t.budget}>${money(summary.total)}</td>` : nothing}
          </tr>
        </tfoot>
      </table>
      ${
        summary.sources.length
          ? html`<table class="source-table">
              <caption>${t.bySource}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.source}</th>
                  <th scope="col">${t.amount}</th>
                </tr>
              </thead>
              <tbody>
                ${summary.sources.map(
                  (source) => html`<tr>
                    <th scope="row">${source.name || t.unspecifiedSource}</th>
                    <td data-label=${t.amount}><span class="money">${formatMoney(lang, source.amount, source.currency)}</span></td>
                  </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t.total}</th>
                  <td data-label=${t.amount}>${money(summary.total)}</td>
                </tr>
              </tfoot>
            </table>`
          : nothing
      }
      ${summary.hasBudget ? html`<p class="note">${t.budgetNote}</p>` : nothing}
    </section>`;
  }

  private renderFilters(plan: PlanRecord, data: MergedDataset): TemplateResult {
    const t = this.strings.plan;
    const lang = this.language;
    const f = this.filters;
    const targets = new Set<string>();
    const groupIds = new Set<string>();
    const statuses = new Set<string>();
    for (const priority of plan.priorities ?? []) {
      for (const measure of priority.measures ?? []) {
        for (const code of targetGroupsOf(measure, priority)) targets.add(code);
        const group = groupOf(measure, priority);
        if (group) groupIds.add(group);
        if (measure.status) statuses.add(measure.status);
      }
    }
    const known = data.groups.filter((group) => groupIds.has(group.id));
    const unknown = [...groupIds].filter((id) => !known.some((group) => group.id === id)).sort();
    const select = (id: string, text: string, name: keyof PlanFilters, options: [string, string][]) =>
      html`<div class="field">
        <label for=${id}>${text}</label>
        <select id=${id} .value=${f[name]} @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}>
          <option value="">${t.any}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[name] === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      ${select(
        'f-target',
        t.targetGroup,
        'targetGroup',
        Object.keys(TARGET_GROUPS)
          .filter((code) => targets.has(code))
          .map((code) => [code, label(TARGET_GROUPS, code, lang)]),
      )}
      ${select('f-group', t.workingGroup, 'group', [
        ...known.map((group): [string, string] => [group.id, group.name]),
        ...unknown.map((id): [string, string] => [id, id]),
      ])}
      ${select(
        'f-status',
        t.status,
        'status',
        STATUSES.filter((code) => statuses.has(code)).map((code) => [code, label(PLAN_STATUSES, code, lang)]),
      )}
      ${select(
        'f-year',
        t.year,
        'year',
        planYears(plan).map((year) => [String(year), String(year)]),
      )}
      ${
        hasFilters(f)
          ? html`<div class="field clear"><button type="button" class="clear-filters" @click=${this.clearFilters}>${t.clearFilters}</button></div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderStatus(status: PlanStatus | undefined): TemplateResult | typeof nothing {
    return status
      ? html`<span class="badge" data-status=${status}>${label(PLAN_STATUSES, status, this.language)}</span>`
      : nothing;
  }

  private renderProgress(item: PlanItem, name: string): TemplateResult | typeof nothing {
    const value = itemProgress(item);
    if (value === undefined) return nothing;
    const rounded = Math.round(value);
    const text = this.percent(rounded);
    return html`<span class="progress">
      <span
        class="bar"
        role="progressbar"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${rounded}
        aria-valuetext=${text}
        aria-label=${this.strings.plan.progressOf(name)}
      ><span class="fill" data-style=${cssProps({ width: `${rounded}%` })}></span></span>
      <span class="percent" aria-hidden="true">${text}</span>
    </span>`;
  }

  /** The working group's name, a button when a roster is linked. */
  private renderGroup(id: string | undefined, data: MergedDataset): TemplateResult | string {
    if (!id) return '';
    const name = this.namesOf(data).groups.get(id) ?? id;
    if (!this.linked('kpss-roster', this.roster)) return name;
    return html`<button type="button" class="linklike group-link" data-group-id=${id} @click=${() => this.showGroup(id)}>
      ${name}
    </button>`;
  }

  private renderServices(ids: readonly string[] | undefined, data: MergedDataset): TemplateResult | string {
    if (!ids?.length) return '';
    const linked = Boolean(this.linked('kpss-catalogue', this.catalogue));
    return html`<ul class="plain services">
      ${ids.map((id) => {
        const name = this.namesOf(data).services.get(id) ?? id;
        return html`<li>${
          linked
            ? html`<button type="button" class="linklike service-link" data-service-id=${id} @click=${() => this.showService(id)}>
                ${name}
              </button>`
            : name
        }</li>`;
      })}
    </ul>`;
  }

  private renderBudget(budget: RolledBudget | undefined): TemplateResult | string {
    if (!budget) return '';
    const t = this.strings.plan;
    const lang = this.language;
    const sources = budget.sources;
    return html`<span class="money">${formatAmounts(lang, budget.total)}</span>
      ${budget.fromActivities ? html`<span class="muted">(${t.fromActivities})</span>` : nothing}
      ${
        sources.length
          ? html`<ul class="plain sources">
              ${sources.map(
                (source) =>
                  html`<li>${source.name || t.unspecifiedSource}: <span class="money">${formatMoney(lang, source.amount, source.currency)}</span></li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  private indicatorValue(value: number | string | undefined, unit: string | undefined): string {
    if (value === undefined || value === '') return '';
    const text = typeof value === 'number' ? formatNumber(this.language, value) : value;
    return unit ? `${text} ${unit}` : text;
  }

  private renderIndicators(indicators: readonly Indicator[] | undefined): TemplateResult | string {
    if (!indicators?.length) return '';
    const t = this.strings.plan;
    return html`<ul class="plain indicators">
      ${indicators.map((indicator) => {
        const target = this.indicatorValue(indicator.target, indicator.unit);
        const actual = this.indicatorValue(indicator.actual, indicator.unit);
        const values = [target ? t.target(target) : '', actual ? t.actual(actual) : ''].filter(Boolean).join(', ');
        return html`<li><span class="indicator-name">${indicator.name}</span>${values ? `: ${values}` : ''}</li>`;
      })}
    </ul>`;
  }

  /** The facts of a measure or an activity, only those the data gives. */
  private renderFacts(item: PlanItem, budget: RolledBudget | undefined, data: MergedDataset, group?: string) {
    const t = this.strings.plan;
    const lang = this.language;
    const fact = (term: string, value: unknown, name: string) =>
      value ? html`<div class="fact" data-fact=${name}><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
    const timeframe = item.timeframe;
    const when = timeframe ? [years(timeframe.from, timeframe.to), timeframe.note].filter(Boolean).join(', ') : '';
    const targets = (item.targetGroups ?? []).map((code) => label(TARGET_GROUPS, code, lang)).join(', ');
    const facts = [
      fact(t.targetGroups, targets, 'targetGroups'),
      fact(t.workingGroup, this.renderGroup(group, data), 'group'),
      fact(t.responsible, item.responsible, 'responsible'),
      fact(t.partners, (item.partners ?? []).join(', '), 'partners'),
      fact(t.timeframe, when, 'timeframe'),
      fact(t.budget, this.renderBudget(budget), 'budget'),
      fact(t.indicators, this.renderIndicators(item.indicators), 'indicators'),
      fact(t.services, this.renderServices(item.serviceIds, data), 'services'),
    ].filter((part) => part !== nothing);
    return facts.length ? html`<dl class="facts">${facts}</dl>` : nothing;
  }

  private renderPriority(
    plan: PlanRecord,
    priority: Priority,
    measures: Measure[],
    data: MergedDataset,
  ): TemplateResult {
    const t = this.strings.plan;
    const lang = this.language;
    const id = anchorOf('priorita', priority.code);
    const open = this.isPriorityOpen(priority);
    const total = priority.measures?.length ?? 0;
    const progress = summarisePlan(plan).priorities.find((row) => row.priority === priority)?.progress;
    const name = `${t.priorityCode(priority.code)} ${priority.title}`;
    const targets = (priority.targetGroups ?? []).map((code) => label(TARGET_GROUPS, code, lang)).join(', ');
    const group = this.renderGroup(priority.groupId, data);
    return html`<div class="priority" part="priority" id=${id} data-code=${priority.code}>
      <h3 class="disclosure-heading">
        ${disclosureButton(id, open, t.priorityCode(priority.code), priority.title, () =>
          this.setPriorityOpen(plan, priority, !open),
        )}
      </h3>
      <p class="meta">
        ${this.renderStatus(priority.status)}
        <span class="measure-count">${t.measureCount(measures.length, total)}</span>
        ${progress !== undefined ? this.renderProgress({ ...priority, progress }, name) : nothing}
      </p>
      <div
        class="panel"
        id="${id}-panel"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.setPriorityOpen(plan, priority, true)}
      >
        ${priority.description ? html`<p class="description">${priority.description}</p>` : nothing}
        ${
          targets || group
            ? html`<dl class="facts">
                ${targets ? html`<div class="fact"><dt>${t.targetGroups}</dt><dd>${targets}</dd></div>` : nothing}
                ${group ? html`<div class="fact"><dt>${t.workingGroup}</dt><dd>${group}</dd></div>` : nothing}
              </dl>`
            : nothing
        }
        ${
          measures.length
            ? html`<ul class="measures">
                ${measures.map((measure) => this.renderMeasure(plan, priority, measure, data))}
              </ul>`
            : html`<p class="muted">${t.noMeasures}</p>`
        }
      </div>
    </div>`;
  }

  private renderMeasure(plan: PlanRecord, priority: Priority, measure: Measure, data: MergedDataset): TemplateResult {
    const t = this.strings.plan;
    const id = anchorOf('opatreni', measure.code);
    const open = this.isMeasureOpen(measure);
    const activities = measure.activities ?? [];
    const copied = this.copied?.code === measure.code ? this.copied : undefined;
    return html`<li class="measure" part="measure" id=${id} data-code=${measure.code}>
      <h4 class="disclosure-heading">
        ${disclosureButton(id, open, measure.code, measure.title, () => this.setMeasureOpen(plan, measure, !open))}
      </h4>
      <p class="meta">
        ${this.renderStatus(measure.status)} ${this.renderProgress(measure, `${measure.code} ${measure.title}`)}
      </p>
      <div
        class="panel"
        id="${id}-panel"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => {
          this.setPriorityOpen(plan, priority, true);
          this.setMeasureOpen(plan, measure, true);
        }}
      >
        ${measure.description ? html`<p class="description">${measure.description}</p>` : nothing}
        ${this.renderFacts(
          { ...measure, targetGroups: targetGroupsOf(measure, priority) as Measure['targetGroups'] },
          measureBudget(measure),
          data,
          groupOf(measure, priority),
        )}
        ${
          activities.length
            ? html`<div class="activities">
                <h5 class="activities-title" id="${id}-activities">${t.activities}</h5>
                <ul aria-labelledby="${id}-activities">
                  ${activities.map((activity) => this.renderActivity(activity, data))}
                </ul>
              </div>`
            : nothing
        }
        <div class="share">
          <button type="button" class="copy-link" aria-label=${t.copyLinkOf(measure.code)} @click=${() => this.copyLink(measure.code)}>
            ${t.copyLink}
          </button>
          <p class="copy-message" role="status">${
            copied ? html`${copied.text} ${copied.link ? html`<span class="link">${copied.link}</span>` : nothing}` : ''
          }</p>
        </div>
      </div>
    </li>`;
  }

  private renderActivity(activity: PlanItem, data: MergedDataset): TemplateResult {
    const budget = hasBudget(activity.budget) ? { ...budgetParts(activity.budget), fromActivities: false } : undefined;
    return html`<li class="activity" data-code=${activity.code}>
      <p class="activity-title"><span class="code">${activity.code}</span> ${activity.title}</p>
      <p class="meta">
        ${this.renderStatus(activity.status)} ${this.renderProgress(activity, `${activity.code} ${activity.title}`)}
      </p>
      ${activity.description ? html`<p class="description">${activity.description}</p>` : nothing}
      ${this.renderFacts(activity, budget, data, activity.groupId)}
    </li>`;
  }
}

/** The button of a priority's or measure's heading, opening the panel `${id}-panel`. */
function disclosureButton(id: string, open: boolean, code: string, title: string, toggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="disclosure"
    id="${id}-button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="${id}-panel"
    @click=${toggle}
  >
    <span class="chevron" aria-hidden="true"></span>
    <span class="label"><span class="code">${code}</span> <span class="title">${title}</span></span>
  </button>`;
}
