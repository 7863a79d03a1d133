import { css } from 'lit';
import { crisisStyles } from './crisis.js';
import { factStyles } from './facts.styles.js';

/**
 * Styles of the templates loaded after the first render: the detail dialog, the empty state, the notice,
 * and print (the printed list and detail; printing waits for nothing the first render shows).
 */
const laterStyles = css`
  .partial-notice {
    margin: 0 0 0.75em;
    padding: 0.5em var(--_space);
    border-inline-start: 0.25em solid var(--_primary);
    background: var(--_surface);
  }

  .partial-notice p {
    margin: 0.2em 0;
  }

  .empty {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  dialog {
    width: min(46em, calc(100vw - 1em));
    max-height: calc(100vh - 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    color: var(--_text);
    background: var(--_bg);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .detail {
    padding: var(--_space);
  }

  .detail-head {
    display: flex;
    flex-wrap: wrap-reverse;
    gap: 0 1em;
    align-items: flex-start;
    justify-content: space-between;
  }

  /* A narrow dialog puts "Zavřít" above the title rather than break the title's words in two. */
  .detail-head h2 {
    flex: 1 1 12em;
    /* A name of one unbroken string still wraps inside the dialog. */
    min-width: 0;
    margin: 0.25em 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .close {
    margin-inline-start: auto;
  }

  .close {
    flex: none;
  }

  dl {
    margin: 1em 0;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(7em, 12em) 1fr;
    gap: 0.5em;
    padding: 0.4em 0;
    border-top: 1px solid var(--_surface);
  }

  dt {
    font-weight: 600;
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  ul.plain {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .share-message {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 30em) {
    .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  @media print {
    .search,
    .situations,
    .filters-box,
    .active-filters,
    .more,
    .detail-actions,
    .close {
      display: none !important;
    }

    .card {
      break-inside: avoid;
      border-color: #000;
    }

    button.title {
      color: #000;
      text-decoration: none;
    }

    /* A detail open: paper gets that detail alone, once, not the list under it and not on every sheet. */
    .detail-open > :not(dialog) {
      display: none !important;
    }

    /* Static here; the top layer computes it to absolute: printed once, not fixed on every sheet. */
    dialog[open] {
      position: static;
      inset: auto;
      width: auto;
      max-width: none;
      max-height: none;
      overflow: visible;
      border: 0;
    }

    dialog::backdrop {
      display: none;
    }

  }
`;

export const onDemandStyles = [laterStyles, factStyles, crisisStyles];
