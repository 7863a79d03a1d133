/**
 * dist/kpss-widgets.js, the one script for all four elements: asks for the data of the elements on
 * the page first, then for the code of those elements, and for the others' once the page is idle (on a
 * phone, after the first render of its own elements, which they would slow down). The build writes
 * the loading from what this module loads and exports (scripts/build/plugins.mjs `writeEntries`).
 * Exports what src/index.ts exports; test/node/package.test.mjs checks that the two lists agree.
 */
import './preload.js';

export const {
  KpssCatalogue,
  KpssMap,
  KpssPlan,
  KpssRoster,
  FORMS,
  PLAN_STATUSES,
  ROLES,
  SERVICE_TYPES,
  TARGET_GROUPS,
  TRIAD_SIDES,
  clearCache,
  loaderSettings,
  setTexts,
  validateDataset,
} = await import('../index.js');
