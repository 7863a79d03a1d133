/** The top of a plan: its header (title, period, approval, document, vision, another period) and its summary. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, type Lang, label, type Strings } from '../../core/i18n.js';
import { safeWebUrl } from '../../core/safe-url.js';
import { PLAN_STATUSES } from '../../core/vocabulary.js';
import {
  type Amounts,
  byPeriodDesc,
  type PlanRecord,
  type PlanSummary,
  planInForce,
  STATUSES,
  type StatusKey,
} from '../summary.js';
import { formatAmounts, formatMoney, percent, years } from './format.js';

type PlanStrings = Strings['plan'];

/** The plan's title and facts, with the choice of another period below. */
export function planHeader(
  plan: PlanRecord,
  t: PlanStrings,
  lang: Lang,
  planSwitch: TemplateResult | typeof nothing,
): TemplateResult {
  const href = safeWebUrl(plan.documentUrl);
  const approval = plan.approval;
  const fact = (term: string, value: unknown) =>
    value ? html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
  return html`<header class="header" part="header">
    <h2 id="plan-title" lang="cs">${plan.title}</h2>
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
            <p lang="cs">${plan.vision}</p>
          </div>`
        : nothing
    }
    ${planSwitch}
  </header>`;
}

/** A choice of the plan's periods, the one in force marked; nothing when there is one plan. */
export function planSwitch(
  shown: PlanRecord,
  all: readonly PlanRecord[],
  year: number,
  t: PlanStrings,
  onChoose: (id: string) => void,
): TemplateResult | typeof nothing {
  const plans = [...all].sort(byPeriodDesc);
  if (plans.length < 2) return nothing;
  // Only a plan whose period holds this year is current: one that has ended is not, even when it is the latest.
  const inForce = planInForce(plans, year);
  const text = (plan: PlanRecord) => {
    const period = years(plan.period.from, plan.period.to);
    const twin = plans.some((other) => other !== plan && years(other.period.from, other.period.to) === period);
    return t.planOption(twin ? `${period} – ${plan.title}` : period, plan === inForce);
  };
  return html`<div class="field plan-switch">
    <label for="f-plan">${t.choosePlan}</label>
    <select id="f-plan" .value=${shown.id} @change=${(e: Event) => onChoose((e.target as HTMLSelectElement).value)}>
      ${plans.map((plan) => html`<option value=${plan.id} ?selected=${plan === shown}>${text(plan)}</option>`)}
    </select>
  </div>`;
}

/** Progress by status and priority, and the money by priority and source. */
export function summaryView(summary: PlanSummary, t: PlanStrings, lang: Lang): TemplateResult {
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
          <span class="value">${percent(lang, value)}</span>
        </span>`;
  const money = (amounts: Amounts | undefined) =>
    amounts && Object.keys(amounts).length
      ? html`<span class="money">${formatAmounts(lang, amounts)}</span>`
      : html`<span class="muted">${t.unknown}</span>`;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${t.summary}</h3>
    ${summary.progress !== undefined ? html`<p class="overall">${t.overallProgress(percent(lang, summary.progress))}</p>` : nothing}
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
            <ul class="counts status-counts" aria-labelledby="status-title">
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
