// Leaflet.markercluster is a classic plugin that extends the global `L`.
import * as L from 'leaflet/dist/leaflet-src.esm.js';

(window as unknown as { L: unknown }).L = { ...L };
