/**
 * Everything heavy the map needs, in one chunk loaded on demand: a page
 * without a <kpss-map> never downloads Leaflet, its CSS or the clusterer.
 */

import leafletCss from 'leaflet/dist/leaflet.css?inline';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';

export { L, leafletCss, Supercluster };
