/** `<kpss-roster>`: registers the element. */
import { define } from '../core/kpss-element.js';
import { KpssRoster } from './roster.js';

export type { RosterLayout } from './roster.js';
export { KpssRoster };

define('kpss-roster', KpssRoster);

declare global {
  interface HTMLElementTagNameMap {
    'kpss-roster': KpssRoster;
  }
}
