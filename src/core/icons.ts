/**
 * The icons' drawings as styles, loaded after the first render that shows an icon (core/kpss-element):
 * each `<span class="icon" data-icon="…" aria-hidden="true">` the elements render, an empty square
 * kept from the start (core/styles), is then painted with the drawing of its name in the colour of
 * the text around it. Decoration only: every icon stands beside the words that say the same.
 */
import { unsafeCSS } from 'lit';
import { ICON_DRAWINGS } from './icons.data.js';

const svg = (drawing: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawing}</svg>`;

export const iconStyles = unsafeCSS(
  // The drawing is a mask over the text's colour: dark mode and themes colour it, high contrast too,
  // and printing keeps it. A browser without masks (Chrome before 120 knows only -webkit-mask) must
  // not paint squares: the colour goes only where a mask is known.
  `@supports ((-webkit-mask-image:none) or (mask-image:none)){.icon{background:currentColor;-webkit-mask:var(--_icon) center/contain no-repeat;mask:var(--_icon) center/contain no-repeat;forced-color-adjust:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}}${Object.entries(
    ICON_DRAWINGS,
  )
    .map(
      ([name, drawing]) =>
        `.icon[data-icon="${name}"]{--_icon:url("data:image/svg+xml,${encodeURIComponent(svg(drawing))}")}`,
    )
    .join('')}`,
);
