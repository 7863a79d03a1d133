/** What the library offers to page scripts besides the elements. */

export type {
  KpssErrorDetail,
  KpssEventDetails,
  KpssLoadDetail,
  KpssResultsDetail,
  KpssSearchDetail,
  KpssSelectDetail,
} from './events.js';
export { setTexts, type TextOverrides } from './i18n.js';
export { clearCache, loaderSettings } from './loader.js';
export type * from './types.js';
export { type DataIssue, type ValidationResult, validateDataset } from './validate.js';
export { FORMS, PLAN_STATUSES, ROLES, SERVICE_TYPES, TARGET_GROUPS, TRIAD_SIDES } from './vocabulary.js';
