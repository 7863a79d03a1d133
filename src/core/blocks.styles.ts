import { css } from 'lit';

/**
 * Style blocks the plan, the roster and the map share (the catalogue has its own, lighter ones):
 * lists of facts, tables that stack into labelled rows in a narrow container, and legends (a
 * swatch beside each name or count). Each element adds what is its own (colours, spacing) in its styles.
 */
export const blockStyles = css`
  /* ——— form fields: the label above its control, which never widens the page on a phone ——— */

  .field,
  label.inline {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    font-weight: 600;
  }

  .field select,
  .field input,
  label.inline select {
    width: 100%;
  }

  /* ——— facts: term beside its value, stacked when narrow ——— */

  .facts {
    margin: 0.5em 0;
  }

  .fact {
    display: grid;
    grid-template-columns: minmax(7em, 11em) 1fr;
    gap: 0.5em;
    padding: 0.25em 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    min-width: 0;
  }

  /* ——— legend: a swatch and a count for each colour ——— */

  .counts {
    list-style: none;
    margin: 0.4em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.1em;
  }

  .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  .swatch {
    display: inline-block;
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
  }

  /* ——— tables ——— */

  table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.4em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.45em 0.5em;
    border-bottom: 1px solid var(--_border);
  }

  thead th {
    background: var(--_surface);
  }

  tbody th {
    font-weight: 400;
  }

  /* ——— narrow containers: stacked rows labelled by their column, no horizontal scrolling ——— */

  @container (max-width: 30em) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }

    table,
    caption,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
    }

    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
    }

    th,
    td {
      border: 0;
      text-align: start;
    }

    td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
      color: var(--_muted);
    }
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
