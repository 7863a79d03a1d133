// The classic plugin registers itself on the global L; it has no module exports.
declare module 'leaflet.markercluster/dist/leaflet.markercluster-src.js';
