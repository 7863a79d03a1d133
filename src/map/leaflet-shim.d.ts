// Leaflet's ES build carries no types of its own; it is the same API as "leaflet".
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
