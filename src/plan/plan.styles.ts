/** The plan's styles (over 400 lines: the header, the summary chart and tables, the disclosure tree and print, each small). */
import { css } from 'lit';

export const planStyles = css`
  :host {
    /* Badges carry white text: each at least 4.5:1 against white (WCAG 1.4.3). */
    --_status-nezahajeno: var(--kpss-status-nezahajeno, #5c6670);
    --_status-probiha: var(--kpss-status-probiha, #0a5ca8);
    --_status-splneno: var(--kpss-status-splneno, #1b7a3d);
    --_status-odlozeno: var(--kpss-status-odlozeno, #8a5300);
    --_status-zruseno: var(--kpss-status-zruseno, #a4161a);
    --_status-none: var(--_border);
  }

  .plan {
    container-type: inline-size;
  }

  [data-status='nezahajeno'] {
    --_status: var(--_status-nezahajeno);
  }

  [data-status='probiha'] {
    --_status: var(--_status-probiha);
  }

  [data-status='splneno'] {
    --_status: var(--_status-splneno);
  }

  [data-status='odlozeno'] {
    --_status: var(--_status-odlozeno);
  }

  [data-status='zruseno'] {
    --_status: var(--_status-zruseno);
  }

  [data-status='none'] {
    --_status: var(--_status-none);
  }

  h2 {
    font-size: 1.375em;
    margin: 0 0 0.5em;
  }

  h3 {
    font-size: 1.125em;
    margin: 0;
  }

  h4 {
    font-size: 1em;
    margin: 0;
  }

  h5 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }

  p {
    margin: 0.3em 0;
  }

  .note {
    color: var(--_muted);
  }

  .description {
    max-width: 70ch;
  }

  /* ——— header ——— */

  .header {
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .vision {
    margin: 0.75em 0;
    padding: 0.6em var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    max-width: 75ch;
  }

  .vision-label {
    font-weight: 700;
  }

  /* ——— fields ——— */

  .field.clear {
    justify-content: flex-end;
  }

  .plan-switch {
    max-width: 20em;
    margin-top: 0.75em;
  }

  /* ——— summary ——— */

  .summary {
    padding-block: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .summary h4 {
    margin: 0.75em 0 0.4em;
  }

  .overall {
    font-weight: 600;
  }

  .status-bar {
    display: block;
    width: 100%;
    max-width: 32em;
    height: 1em;
  }

  .segment {
    fill: var(--_status);
    stroke: var(--_bg);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }

  .swatch {
    background: var(--_status);
  }

  table {
    margin-top: 1em;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }

  td:last-child,
  thead th:last-child {
    text-align: end;
  }

  .money {
    white-space: nowrap;
  }

  .mini {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    white-space: nowrap;
  }

  .mini-bar {
    width: 5em;
    height: 0.6em;
  }

  .mini-bar .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  .mini-bar .fill {
    fill: var(--_primary);
  }

  .note {
    font-size: 0.875em;
    max-width: 75ch;
  }

  /* ——— controls ——— */

  .controls {
    margin-top: var(--_space);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em 1em;
    align-items: end;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.75em var(--_space) var(--_space);
    min-width: 0;
  }

  .filters legend {
    font-weight: 700;
    padding: 0 0.3em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }

  .count {
    margin: 0.75em 0 0.5em;
    font-weight: 600;
  }

  .empty {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  /* ——— priorities and measures ——— */

  .priority {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space) 0.75em;
    margin-bottom: 0.75em;
    background: var(--_bg);
  }

  .disclosure {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    width: 100%;
    border: 0;
    padding: 0.45em 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: start;
  }

  .disclosure:hover .title {
    text-decoration: underline;
  }

  /* "Priorita 1.2" stays on one line; a code longer than the line still wraps instead of widening the page. */
  .disclosure .code {
    display: inline-block;
    max-width: 100%;
  }

  .disclosure .label {
    min-width: 0;
  }

  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin: 0.45em 0.2em 0;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  :dir(rtl) .chevron {
    transform: rotate(135deg);
  }

  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.75em;
    margin: 0 0 0.25em;
    padding-inline-start: 1.3em;
  }

  .measure-count {
    color: var(--_muted);
  }

  .panel {
    padding-inline-start: 1.3em;
  }

  .measures {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }

  .measure {
    border-top: 1px solid var(--_border);
    padding: 0.4em 0;
  }

  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--_status);
    color: #ffffff;
    white-space: nowrap;
  }

  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }

  .bar {
    display: inline-block;
    width: 6em;
    height: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }

  .bar .fill {
    display: block;
    height: 100%;
    background: var(--_primary);
  }

  .percent {
    font-variant-numeric: tabular-nums;
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .sources,
  .indicators li + li,
  .services li + li {
    margin-top: 0.15em;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .indicator-name {
    font-weight: 600;
  }


  .activities ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .activity {
    border-inline-start: 3px solid var(--_surface);
    padding: 0.3em 0 0.3em 0.75em;
    margin-bottom: 0.4em;
  }

  .activity-title {
    font-weight: 600;
  }

  .activity .meta {
    padding-inline-start: 0;
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  .copy-link {
    min-height: 2.25em;
    padding: 0.2em 0.7em;
    font-size: 0.875em;
  }

  .copy-message {
    margin: 0;
    font-size: 0.875em;
  }

  .copy-message .link {
    overflow-wrap: anywhere;
  }

  /* ——— narrow containers: stacked rows, no horizontal scrolling ——— */

  @container (max-width: 30em) {
    .meta,
    .panel {
      padding-inline-start: 0;
    }

    .priority {
      padding-inline: 0.6em;
    }

    tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.4em 0;
    }

    th,
    td,
    td:last-child {
      padding: 0.1em 0;
      text-align: start;
    }
  }

  @media (forced-colors: active) {
    .segment,
    .bar .fill,
    .mini-bar .fill {
      forced-color-adjust: none;
    }

    .badge {
      border: 1px solid CanvasText;
    }
  }

  /* ——— print: the whole plan, open (see beforeprint), without controls ——— */

  @media print {
    .controls,
    .filters,
    .toolbar,
    .count,
    .plan-switch,
    .share,
    .chevron {
      display: none;
    }

    .disclosure,
    button.linklike {
      color: #000;
      text-decoration: none;
      padding: 0;
      min-height: 0;
    }

    .panel {
      display: block;
    }

    .priority {
      border: 0;
      padding-inline: 0;
    }

    .measure,
    .activity,
    tr {
      break-inside: avoid;
    }

    .badge,
    .segment,
    .swatch,
    .bar,
    .bar .fill,
    .mini-bar .fill {
      print-color-adjust: exact;
    }
  }
`;
