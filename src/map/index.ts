/** `<kpss-map>`: registers the element. Leaflet itself loads only when a map renders. */
import { define } from '../core/kpss-element.js';
import { KpssMap } from './map.js';

export type { MapPoint } from './points.js';
export { KpssMap };

define('kpss-map', KpssMap);

declare global {
  interface HTMLElementTagNameMap {
    'kpss-map': KpssMap;
  }
}
