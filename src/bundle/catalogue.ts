/**
 * dist/catalogue.js, the script a page loads for `<kpss-catalogue>` alone: asks for the data first, then for
 * the element's code (see preload.ts). The build writes the loading
 * (scripts/build/plugins.mjs `writeEntries`).
 */
import './preload.js';

export const { KpssCatalogue } = await import('../catalogue/index.js');
