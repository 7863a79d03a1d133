/**
 * dist/roster.js, the script a page loads for `<kpss-roster>` alone: asks for the data first, then for
 * the element's code (see preload.ts). The build writes the loading
 * (scripts/build/plugins.mjs `writeEntries`).
 */
import './preload.js';

export const { KpssRoster } = await import('../roster/index.js');
