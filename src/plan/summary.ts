/**
 * The arithmetic of a community plan, kept apart from rendering: which plan is
 * current, how budgets and progress roll up, and which measures a filter leaves.
 *
 * Budgets roll up bottom-up, never counting the same money twice:
 * - a measure's budget is its own `budget` when it has one (an `amount`, or
 *   sources with amounts); only when the measure has none is it the sum of its
 *   activities' budgets (activities are then the only record of the money);
 * - an item's total is its `amount`; without an `amount` it is the sum of its
 *   sources' amounts. When the sources add up to less than the amount, the rest
 *   is counted under an unnamed ("unspecified") source;
 * - a priority's budget is the sum of its measures' budgets; only a priority
 *   none of whose measures has a budget counts its own `budget`;
 * - the plan's total and its totals per source are sums over the priorities.
 * Amounts in different currencies are never added together (`CZK` when the
 * data gives none).
 *
 * Progress: an item's progress is its `progress` (0–100); without one, a
 * completed item counts as 100 % and a not-started one as 0 %. A priority's
 * (and the plan's) progress is the plain mean over its measures, leaving out
 * cancelled measures and measures whose progress is unknown.
 */
import type { Budget, Measure, Plan, PlanItem, Priority, Sourced } from '../core/types.js';
import { PLAN_STATUSES, type PlanStatus } from '../core/vocabulary.js';

/** A plan with the dataset it came from. */
export type PlanRecord = Plan & Sourced;

/** The statuses in the vocabulary's order. */
export const STATUSES = Object.keys(PLAN_STATUSES) as PlanStatus[];

/** Amounts by currency code. */
export type Amounts = Record<string, number>;

export interface SourceAmount {
  /** Name of the source of money; '' for the part no source is named for. */
  name: string;
  currency: string;
  amount: number;
}

export interface RolledBudget {
  total: Amounts;
  sources: SourceAmount[];
  /** True when the amounts are the sum of the measure's activities. */
  fromActivities: boolean;
}

export const DEFAULT_CURRENCY = 'CZK';

const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** True when a budget says how much money there is. */
export function hasBudget(budget: Budget | undefined): budget is Budget {
  return budget !== undefined && (isAmount(budget.amount) || (budget.sources ?? []).some((s) => isAmount(s.amount)));
}

function addAmount(target: Amounts, currency: string, amount: number): void {
  target[currency] = (target[currency] ?? 0) + amount;
}

/** Adds source amounts into a list, merging equal names and currencies. */
function addSources(target: SourceAmount[], sources: readonly SourceAmount[]): void {
  for (const source of sources) {
    const same = target.find((s) => s.name === source.name && s.currency === source.currency);
    if (same) same.amount += source.amount;
    else target.push({ ...source });
  }
}

/** The total and the sources of one item's own budget. */
export function budgetParts(budget: Budget): { total: Amounts; sources: SourceAmount[] } {
  const currency = budget.currency || DEFAULT_CURRENCY;
  const sources: SourceAmount[] = [];
  let listed = 0;
  for (const source of budget.sources ?? []) {
    if (!isAmount(source.amount)) continue;
    addSources(sources, [{ name: source.name, currency, amount: source.amount }]);
    listed += source.amount;
  }
  const amount = isAmount(budget.amount) ? budget.amount : listed;
  if (amount > listed) sources.push({ name: '', currency, amount: amount - listed });
  return { total: { [currency]: amount }, sources };
}

/** A measure's budget: its own, else the sum of its activities'; undefined when nothing is known. */
export function measureBudget(measure: Measure): RolledBudget | undefined {
  if (hasBudget(measure.budget)) return { ...budgetParts(measure.budget), fromActivities: false };
  const activities = (measure.activities ?? []).filter((activity) => hasBudget(activity.budget));
  if (activities.length === 0) return undefined;
  const rolled: RolledBudget = { total: {}, sources: [], fromActivities: true };
  for (const activity of activities) mergeInto(rolled, budgetParts(activity.budget as Budget));
  return rolled;
}

function mergeInto(
  target: { total: Amounts; sources: SourceAmount[] },
  part: { total: Amounts; sources: SourceAmount[] },
) {
  for (const [currency, amount] of Object.entries(part.total)) addAmount(target.total, currency, amount);
  addSources(target.sources, part.sources);
}

/** A priority's budget: the sum of its measures', else its own; undefined when nothing is known. */
export function priorityBudget(priority: Priority): RolledBudget | undefined {
  const measures = (priority.measures ?? []).map(measureBudget).filter((b): b is RolledBudget => b !== undefined);
  if (measures.length === 0) {
    return hasBudget(priority.budget) ? { ...budgetParts(priority.budget), fromActivities: false } : undefined;
  }
  const rolled: RolledBudget = { total: {}, sources: [], fromActivities: false };
  for (const budget of measures) mergeInto(rolled, budget);
  return rolled;
}

/** Progress of an item in percent, or undefined when unknown. */
export function itemProgress(item: PlanItem): number | undefined {
  if (isAmount(item.progress)) return Math.min(100, Math.max(0, item.progress));
  if (item.status === 'splneno') return 100;
  if (item.status === 'nezahajeno') return 0;
  return undefined;
}

/** Mean progress of measures (cancelled ones and unknown progress left out). */
export function meanProgress(measures: readonly Measure[]): number | undefined {
  const values = measures
    .filter((measure) => measure.status !== 'zruseno')
    .map(itemProgress)
    .filter((value): value is number => value !== undefined);
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** A priority's progress: the mean of its measures', else its own. */
export function priorityProgress(priority: Priority): number | undefined {
  return priority.measures?.length ? meanProgress(priority.measures) : itemProgress(priority);
}

export type StatusKey = PlanStatus | 'none';

export interface PrioritySummary {
  priority: Priority;
  progress?: number;
  budget?: RolledBudget;
  measureCount: number;
}

export interface PlanSummary {
  priorities: PrioritySummary[];
  /** Measures by status; `none` counts measures without a status. */
  statusCounts: Record<StatusKey, number>;
  measureCount: number;
  progress?: number;
  total: Amounts;
  /** Money per source over the whole plan, largest first, the unnamed part last. */
  sources: SourceAmount[];
  /** True when some budget is known. */
  hasBudget: boolean;
}

const summaries = new WeakMap<Plan, PlanSummary>();

/** Progress, status counts and budget totals of a plan (computed once per plan object). */
export function summarisePlan(plan: Plan): PlanSummary {
  const cached = summaries.get(plan);
  if (cached) return cached;
  const statusCounts: Record<StatusKey, number> = {
    nezahajeno: 0,
    probiha: 0,
    splneno: 0,
    odlozeno: 0,
    zruseno: 0,
    none: 0,
  };
  const all: Measure[] = [];
  const total: Amounts = {};
  const sources: SourceAmount[] = [];
  let known = false;
  const priorities = (plan.priorities ?? []).map((priority): PrioritySummary => {
    const measures = priority.measures ?? [];
    for (const measure of measures) {
      statusCounts[measure.status && measure.status in statusCounts ? measure.status : 'none']++;
      all.push(measure);
    }
    const budget = priorityBudget(priority);
    if (budget) {
      known = true;
      mergeInto({ total, sources }, budget);
    }
    return { priority, progress: priorityProgress(priority), budget, measureCount: measures.length };
  });
  sources.sort((a, b) => {
    if (!a.name !== !b.name) return a.name ? -1 : 1;
    return b.amount - a.amount || a.name.localeCompare(b.name, 'cs');
  });
  const summary: PlanSummary = {
    priorities,
    statusCounts,
    measureCount: all.length,
    progress: meanProgress(all),
    total,
    sources,
    hasBudget: known,
  };
  summaries.set(plan, summary);
  return summary;
}

/**
 * The clock that decides which plan is in force (labelled current and shown first): today unless replaced.
 * Tests set their own date here, so that what they expect does not change with the calendar.
 */
export const planClock: { now: () => Date } = { now: () => new Date() };

/** The plan in force in a year (the latest if several are); undefined when no plan's period holds the year. */
export function planInForce<P extends Plan>(plans: readonly P[], year: number): P | undefined {
  return plans.filter((plan) => plan.period.from <= year && year <= plan.period.to).sort(byPeriodDesc)[0];
}

/** The plan to show first: the one in force in a year, else the latest one (which then is not in force). */
export function currentPlan<P extends Plan>(plans: readonly P[], year: number): P | undefined {
  return planInForce(plans, year) ?? [...plans].sort(byPeriodDesc)[0];
}

/** Latest period first. */
export function byPeriodDesc(a: Plan, b: Plan): number {
  return b.period.to - a.period.to || b.period.from - a.period.from;
}

export interface PlanFilters {
  targetGroup: string;
  group: string;
  status: string;
  year: string;
}

export const NO_FILTERS: PlanFilters = { targetGroup: '', group: '', status: '', year: '' };

export function hasFilters(filters: PlanFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** Target groups of a measure: its own, else its priority's. */
export function targetGroupsOf(measure: Measure, priority: Priority): string[] {
  return measure.targetGroups?.length ? measure.targetGroups : (priority.targetGroups ?? []);
}

/** Working group of a measure: its own, else its priority's. */
export function groupOf(measure: Measure, priority: Priority): string | undefined {
  return measure.groupId || priority.groupId || undefined;
}

/** Years a measure runs: its timeframe, the plan's period filling in what it leaves out. */
export function yearsOf(measure: Measure, plan: Plan): { from: number; to: number } {
  const from = measure.timeframe?.from ?? plan.period.from;
  const to = measure.timeframe?.to ?? Math.max(from, plan.period.to);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** True when a measure passes every filter. */
export function matches(measure: Measure, priority: Priority, plan: Plan, filters: PlanFilters): boolean {
  if (filters.targetGroup && !targetGroupsOf(measure, priority).includes(filters.targetGroup)) return false;
  if (filters.group && groupOf(measure, priority) !== filters.group) return false;
  if (filters.status && measure.status !== filters.status) return false;
  if (filters.year) {
    const year = Number(filters.year);
    const { from, to } = yearsOf(measure, plan);
    if (!(from <= year && year <= to)) return false;
  }
  return true;
}

/** Years a person can filter by: the plan's period and every measure's years, at most 50. */
export function planYears(plan: Plan): number[] {
  let from = plan.period.from;
  let to = plan.period.to;
  for (const priority of plan.priorities ?? []) {
    for (const measure of priority.measures ?? []) {
      const years = yearsOf(measure, plan);
      from = Math.min(from, years.from);
      to = Math.max(to, years.to);
    }
  }
  to = Math.min(to, from + 49);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
