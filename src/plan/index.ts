/** `<kpss-plan>`: registers the element. */
import { define } from '../core/kpss-element.js';
import { KpssPlan } from './plan.js';

export type { PlanFilters, PlanSummary, RolledBudget, SourceAmount } from './summary.js';
export { KpssPlan };

define('kpss-plan', KpssPlan);

declare global {
  interface HTMLElementTagNameMap {
    'kpss-plan': KpssPlan;
  }
}
