/** `<kpss-catalogue>`: registers the element. */
import { define } from '../core/kpss-element.js';
import { KpssCatalogue } from './catalogue.js';

export type { CatalogueFilters, CatalogueSort, Origin } from './catalogue.js';
export { KpssCatalogue };

define('kpss-catalogue', KpssCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'kpss-catalogue': KpssCatalogue;
  }
}
