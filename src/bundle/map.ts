/**
 * dist/map.js, the script a page loads for `<kpss-map>` alone: asks for the data first, then for
 * the element's code (see preload.ts). The build writes the loading
 * (scripts/build/plugins.mjs `writeEntries`).
 */
import './preload.js';

export const { KpssMap } = await import('../map/index.js');
