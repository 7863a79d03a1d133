import { css } from 'lit';

/** Side colours on a dark background. */
const darkSides = css`
  --_side-zadavatel: var(--kpss-side-zadavatel, #7ab8f5);
  --_side-poskytovatel: var(--kpss-side-poskytovatel, #6fcf8f);
  --_side-uzivatel: var(--kpss-side-uzivatel, #f2a766);
  --_side-verejnost: var(--kpss-side-verejnost, #c3a8f0);
  --_side-none: #8994a0;
`;

export const rosterStyles = css`
  :host {
    /* Each at least 3:1 against the light background (WCAG 1.4.11). */
    --_side-zadavatel: var(--kpss-side-zadavatel, #0a5ca8);
    --_side-poskytovatel: var(--kpss-side-poskytovatel, #1b7a3d);
    --_side-uzivatel: var(--kpss-side-uzivatel, #b3530c);
    --_side-verejnost: var(--kpss-side-verejnost, #6b4fa0);
    --_side-none: #7c8793;
  }

  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      ${darkSides}
    }
  }

  :host([color-scheme='dark']) {
    ${darkSides}
  }

  .roster {
    container-type: inline-size;
  }

  [data-side='zadavatel'] {
    --_side: var(--_side-zadavatel);
  }

  [data-side='poskytovatel'] {
    --_side: var(--_side-poskytovatel);
  }

  [data-side='uzivatel'] {
    --_side: var(--_side-uzivatel);
  }

  [data-side='verejnost'] {
    --_side: var(--_side-verejnost);
  }

  [data-side='none'] {
    --_side: var(--_side-none);
  }

  h2 {
    font-size: 1.375em;
    margin: 0 0 0.25em;
  }

  h3 {
    font-size: 1.125em;
    margin: 0;
  }

  p {
    margin: 0.3em 0;
  }

  .group {
    padding-block: var(--_space);
  }

  .group + .group {
    border-top: 1px solid var(--_border);
  }

  .member-name {
    font-weight: 700;
  }

  .kind,
  .function,
  .organisation,
  .position,
  .date,
  .no-members {
    color: var(--_muted);
  }

  .kind::first-letter {
    text-transform: uppercase;
  }

  .description {
    max-width: 70ch;
  }

  .join {
    margin: 0.75em 0;
    padding: 0.6em var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }

  .join p {
    max-width: 70ch;
  }

  /* ——— triad ——— */

  .triad {
    margin: 0.75em 0;
  }

  .triad-title {
    font-weight: 600;
    margin-bottom: 0.3em;
  }

  .bar {
    display: flex;
    gap: 2px;
    height: 0.75em;
    max-width: 28em;
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .segment {
    flex: 1 1 0;
    min-width: 0.5em;
    background: var(--_side);
  }

  .swatch {
    background: var(--_side);
  }

  /* ——— badges ——— */

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0.2em 0 0;
  }

  .role,
  .side {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.875em;
    background: var(--_surface);
    color: var(--_text);
    white-space: nowrap;
  }

  .role {
    font-weight: 600;
  }

  .side::before {
    content: '';
    display: inline-block;
    width: 0.65em;
    height: 0.65em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: var(--_side);
  }

  /* ——— members: cards ——— */

  .members {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
  }

  .members.cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: 0.75em;
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    background: var(--_bg);
    min-width: 0;
  }

  .card-head {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin-bottom: 0.25em;
  }

  .card-head > div {
    min-width: 0;
  }

  .avatar {
    flex: none;
    width: 4em;
    height: 4em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }

  .initials {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font-weight: 700;
    font-size: 1.25em;
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  /* ——— members: list ——— */

  .members.list > li {
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_surface);
  }

  .members.list .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.5em;
    margin: 0;
  }

  .members.list .position {
    margin: 0;
  }

  /* ——— members: table ——— */

  table {
    margin-top: 0.75em;
    /* Words are not split to squeeze a column; long addresses still wrap. */
    overflow-wrap: break-word;
  }

  td .contacts {
    margin: 0;
  }

  /* ——— contacts, documents, legend ——— */

  .documents {
    margin-top: var(--_space);
  }

  .documents ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.25em;
  }

  .documents li {
    padding-block: 0.15em;
  }

  .documents a {
    display: inline-block;
    padding-block: 0.2em;
  }

  .legend {
    margin-top: var(--_space);
    padding: 0.75em var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .legend h2 {
    font-size: 1em;
  }

  .legend dl {
    margin: 0;
  }

  .legend-item {
    display: grid;
    grid-template-columns: minmax(8em, 11em) 1fr;
    gap: 0.5em;
    padding: 0.2em 0;
  }

  .legend .side {
    background: var(--_bg);
    font-weight: 400;
  }

  .empty {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  /* ——— narrow containers: stacked rows, no horizontal scrolling ——— */

  @container (max-width: 30em) {
    .legend-item {
      grid-template-columns: 1fr;
      gap: 0;
    }

    /* No columns to squeeze here: a long unbroken name wraps like any text. */
    table {
      overflow-wrap: anywhere;
    }

    tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4em 0.6em;
      margin-bottom: 0.5em;
    }

    th,
    td {
      padding: 0.15em 0;
    }

    td.blank {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .segment,
    .side::before {
      forced-color-adjust: none;
    }

    .side {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .card,
    tr {
      break-inside: avoid;
    }
  }
`;
