/**
 * The catalogue's templates that the first render does not need: the
 * service detail, the printed card, the empty state, the partial-match and crisis notices. One module,
 * loaded right after the first render (or when first needed), so the first
 * download stays small. Its styles are added to each catalogue when it arrives.
 */
export { activeFiltersBar, chipItems } from './active-filters.js';
export { crisisNotice } from './crisis.js';
export { detail, printedDetails } from './detail.js';
export { emptyState, partialNotice } from './empty.js';
export { cardFacts, factChips, factFilters, listBar, listToggle, passesFacts, shareLink, toggled } from './facts.js';
export { onDemandStyles } from './on-demand.styles.js';
