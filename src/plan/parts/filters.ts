/** The plan's filters: target group, working group, status and year, offering only what the plan has. */
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, label, type Strings } from '../../core/i18n.js';
import type { MergedDataset } from '../../core/types.js';
import { PLAN_STATUSES, TARGET_GROUPS } from '../../core/vocabulary.js';
import {
  groupOf,
  hasFilters,
  type PlanFilters,
  type PlanRecord,
  planYears,
  STATUSES,
  targetGroupsOf,
} from '../summary.js';

export function planFilters(
  plan: PlanRecord,
  data: MergedDataset,
  f: PlanFilters,
  t: Strings['plan'],
  lang: Lang,
  onFilter: (name: keyof PlanFilters, value: string) => void,
  onClear: () => void,
): TemplateResult {
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
      <select id=${id} .value=${f[name]} @change=${(e: Event) => onFilter(name, (e.target as HTMLSelectElement).value)}>
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
        ? html`<div class="field clear"><button type="button" class="clear-filters" @click=${onClear}>${t.clearFilters}</button></div>`
        : nothing
    }
  </fieldset>`;
}
