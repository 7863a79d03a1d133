/** The plan's tree: priorities that open to their measures, measures to their facts and activities. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import { formatNumber, type Lang, label, type Strings } from '../../core/i18n.js';
import type { Indicator, Measure, PlanItem, Priority } from '../../core/types.js';
import { PLAN_STATUSES, type PlanStatus, TARGET_GROUPS } from '../../core/vocabulary.js';
import {
  budgetParts,
  groupOf,
  hasBudget,
  itemProgress,
  measureBudget,
  type PlanRecord,
  type RolledBudget,
  summarisePlan,
  targetGroupsOf,
} from '../summary.js';
import { formatAmounts, formatMoney, percent, years } from './format.js';

/** What the tree is drawn from, and what it does when a person acts on it (the element keeps the state). */
export interface TreeContext {
  t: Strings['plan'];
  lang: Lang;
  plan: PlanRecord;
  isPriorityOpen(priority: Priority): boolean;
  isMeasureOpen(measure: Measure): boolean;
  setPriorityOpen(priority: Priority, open: boolean): void;
  setMeasureOpen(measure: Measure, open: boolean): void;
  /** The copy-link message under a measure. */
  copied?: { code: string; text: string; link?: string };
  copyLink(code: string): void;
  groupName(id: string): string;
  serviceName(id: string): string;
  /** Present when a roster is linked: a working group's name is then a button that shows it there. */
  showGroup?: (id: string) => void;
  /** Present when a catalogue is linked: a service's name is then a button that opens it there. */
  showService?: (id: string) => void;
}

/** A stable id for a priority or measure: "priorita-1", "opatreni-1.3". */
export function anchorOf(kind: 'priorita' | 'opatreni', code: string): string {
  return `${kind}-${code.trim().replace(/[^\p{L}\p{N}.-]+/gu, '_')}`;
}

export function priorityView(c: TreeContext, priority: Priority, measures: Measure[]): TemplateResult {
  const { t, lang, plan } = c;
  const id = anchorOf('priorita', priority.code);
  const open = c.isPriorityOpen(priority);
  const total = priority.measures?.length ?? 0;
  const progress = summarisePlan(plan).priorities.find((row) => row.priority === priority)?.progress;
  const name = `${t.priorityCode(priority.code)} ${priority.title}`;
  const targets = (priority.targetGroups ?? []).map((code) => label(TARGET_GROUPS, code, lang)).join(', ');
  const group = groupLink(c, priority.groupId);
  return html`<div class="priority" part="priority" id=${id} data-code=${priority.code}>
    <h3 class="disclosure-heading">
      ${disclosureButton(id, open, t.priorityCode(priority.code), priority.title, () => c.setPriorityOpen(priority, !open))}
    </h3>
    <p class="meta">
      ${statusBadge(priority.status, lang)}
      <span class="measure-count">${t.measureCount(measures.length, total)}</span>
      ${progress !== undefined ? progressBar(c, { ...priority, progress }, name) : nothing}
    </p>
    <div
      class="panel"
      id="${id}-panel"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => c.setPriorityOpen(priority, true)}
    >
      ${priority.description ? html`<p class="description" lang="cs">${priority.description}</p>` : nothing}
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
              ${measures.map((measure) => measureView(c, priority, measure))}
            </ul>`
          : html`<p class="muted">${t.noMeasures}</p>`
      }
    </div>
  </div>`;
}

function measureView(c: TreeContext, priority: Priority, measure: Measure): TemplateResult {
  const t = c.t;
  const id = anchorOf('opatreni', measure.code);
  const open = c.isMeasureOpen(measure);
  const activities = measure.activities ?? [];
  const copied = c.copied?.code === measure.code ? c.copied : undefined;
  return html`<li class="measure" part="measure" id=${id} data-code=${measure.code}>
    <h4 class="disclosure-heading">
      ${disclosureButton(id, open, measure.code, measure.title, () => c.setMeasureOpen(measure, !open))}
    </h4>
    <p class="meta">
      ${statusBadge(measure.status, c.lang)} ${progressBar(c, measure, `${measure.code} ${measure.title}`)}
    </p>
    <div
      class="panel"
      id="${id}-panel"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => {
        c.setPriorityOpen(priority, true);
        c.setMeasureOpen(measure, true);
      }}
    >
      ${measure.description ? html`<p class="description" lang="cs">${measure.description}</p>` : nothing}
      ${facts(
        c,
        { ...measure, targetGroups: targetGroupsOf(measure, priority) as Measure['targetGroups'] },
        measureBudget(measure),
        groupOf(measure, priority),
      )}
      ${
        activities.length
          ? html`<div class="activities">
              <h5 class="activities-title" id="${id}-activities">${t.activities}</h5>
              <ul aria-labelledby="${id}-activities">
                ${activities.map((activity) => activityView(c, activity))}
              </ul>
            </div>`
          : nothing
      }
      <div class="share">
        <button type="button" class="copy-link" aria-label=${t.copyLinkOf(measure.code)} @click=${() => c.copyLink(measure.code)}>
          ${t.copyLink}
        </button>
        <p class="copy-message" role="status">${
          copied ? html`${copied.text} ${copied.link ? html`<span class="link">${copied.link}</span>` : nothing}` : ''
        }</p>
      </div>
    </div>
  </li>`;
}

function activityView(c: TreeContext, activity: PlanItem): TemplateResult {
  const budget = hasBudget(activity.budget) ? { ...budgetParts(activity.budget), fromActivities: false } : undefined;
  return html`<li class="activity" data-code=${activity.code}>
    <p class="activity-title"><span class="code">${activity.code}</span> <span lang="cs">${activity.title}</span></p>
    <p class="meta">
      ${statusBadge(activity.status, c.lang)} ${progressBar(c, activity, `${activity.code} ${activity.title}`)}
    </p>
    ${activity.description ? html`<p class="description" lang="cs">${activity.description}</p>` : nothing}
    ${facts(c, activity, budget, activity.groupId)}
  </li>`;
}

/** The facts of a measure or an activity, only those the data gives. */
function facts(c: TreeContext, item: PlanItem, budget: RolledBudget | undefined, group?: string) {
  const { t, lang } = c;
  const fact = (term: string, value: unknown, name: string) =>
    value ? html`<div class="fact" data-fact=${name}><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
  const timeframe = item.timeframe;
  const when = timeframe ? [years(timeframe.from, timeframe.to), timeframe.note].filter(Boolean).join(', ') : '';
  const targets = (item.targetGroups ?? []).map((code) => label(TARGET_GROUPS, code, lang)).join(', ');
  const shown = [
    fact(t.targetGroups, targets, 'targetGroups'),
    fact(t.workingGroup, groupLink(c, group), 'group'),
    fact(t.responsible, item.responsible, 'responsible'),
    fact(t.partners, (item.partners ?? []).join(', '), 'partners'),
    fact(t.timeframe, when, 'timeframe'),
    fact(t.budget, budgetView(c, budget), 'budget'),
    fact(t.indicators, indicatorsView(c, item.indicators), 'indicators'),
    fact(t.services, serviceLinks(c, item.serviceIds), 'services'),
  ].filter((part) => part !== nothing);
  return shown.length ? html`<dl class="facts">${shown}</dl>` : nothing;
}

function statusBadge(status: PlanStatus | undefined, lang: Lang): TemplateResult | typeof nothing {
  return status
    ? html`<span class="badge" data-status=${status}>${label(PLAN_STATUSES, status, lang)}</span>`
    : nothing;
}

function progressBar(c: TreeContext, item: PlanItem, name: string): TemplateResult | typeof nothing {
  const value = itemProgress(item);
  if (value === undefined) return nothing;
  const rounded = Math.round(value);
  const text = percent(c.lang, rounded);
  return html`<span class="progress">
    <span
      class="bar"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${rounded}
      aria-valuetext=${text}
      aria-label=${c.t.progressOf(name)}
    ><span class="fill" data-style=${cssProps({ width: `${rounded}%` })}></span></span>
    <span class="percent" aria-hidden="true">${text}</span>
  </span>`;
}

/** The working group's name, a button when a roster is linked. */
function groupLink(c: TreeContext, id: string | undefined): TemplateResult | string {
  if (!id) return '';
  const name = c.groupName(id);
  const show = c.showGroup;
  if (!show) return name;
  return html`<button type="button" class="linklike group-link" data-group-id=${id} @click=${() => show(id)}>
    ${name}
  </button>`;
}

function serviceLinks(c: TreeContext, ids: readonly string[] | undefined): TemplateResult | string {
  if (!ids?.length) return '';
  const show = c.showService;
  return html`<ul class="plain services">
    ${ids.map((id) => {
      const name = c.serviceName(id);
      return html`<li>${
        show
          ? html`<button type="button" class="linklike service-link" data-service-id=${id} @click=${() => show(id)}>
              ${name}
            </button>`
          : name
      }</li>`;
    })}
  </ul>`;
}

function budgetView(c: TreeContext, budget: RolledBudget | undefined): TemplateResult | string {
  if (!budget) return '';
  const { t, lang } = c;
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

function indicatorValue(lang: Lang, value: number | string | undefined, unit: string | undefined): string {
  if (value === undefined || value === '') return '';
  const text = typeof value === 'number' ? formatNumber(lang, value) : value;
  return unit ? `${text} ${unit}` : text;
}

function indicatorsView(c: TreeContext, indicators: readonly Indicator[] | undefined): TemplateResult | string {
  if (!indicators?.length) return '';
  const t = c.t;
  return html`<ul class="plain indicators">
    ${indicators.map((indicator) => {
      const target = indicatorValue(c.lang, indicator.target, indicator.unit);
      const actual = indicatorValue(c.lang, indicator.actual, indicator.unit);
      const values = [target ? t.target(target) : '', actual ? t.actual(actual) : ''].filter(Boolean).join(', ');
      return html`<li><span class="indicator-name">${indicator.name}</span>${values ? `: ${values}` : ''}</li>`;
    })}
  </ul>`;
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
    <span class="label"><span class="code">${code}</span> <span class="title" lang="cs">${title}</span></span>
  </button>`;
}
