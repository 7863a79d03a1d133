import { css } from 'lit';

export const catalogueStyles = css`
  h2 {
    font-size: 1.125em;
    margin: 1em 0 0.5em;
  }

  label {
    font-weight: 600;
  }

  .hint {
    margin: 0.1em 0 0.4em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  input[type='search'],
  select {
    width: 100%;
  }

  input[type='search'] {
    font-size: 1.125em;
  }

  .situations ul,
  .active-filters ul,
  .active-filters-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The catalogue's own width decides the compact forms below, whatever the page around it. */
  .catalogue {
    container-type: inline-size;
  }

  /* On a phone-narrow catalogue the guide is two compact columns, so results follow soon under it. */
  @container (max-width: 36em) {
    .situations ul {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.35em;
    }

    .situations button {
      width: 100%;
      height: 100%;
      padding: 0.3em 0.45em;
      font-size: 0.875em;
      line-height: 1.25;
      text-align: start;
    }
  }

  /* The icon beside the words, which wrap in their own column. */
  .situations button {
    display: flex;
    align-items: center;
  }

  .situations button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .filters-box {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 1em 0;
  }

  /* Its own space, whatever happens to the whitespace of the template. */
  .filter-count {
    margin-inline-start: 0.35em;
    font-weight: 600;
  }

  /* The summary keeps the browser's own open/closed marker and is a comfortable target. */
  .filters-box summary {
    cursor: pointer;
    font-weight: 700;
    padding: 0.6em var(--_space);
    border-radius: var(--_radius);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1em;
    align-items: end;
    border: 0;
    margin: 0;
    padding: 0 var(--_space) var(--_space);
    min-width: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }

  .field.checkbox {
    flex-direction: row;
    align-items: center;
    min-height: 2.75em;
  }

  .field.checkbox input {
    width: 1.25em;
    height: 1.25em;
  }

  .active-filters {
    margin: 0.5em 0;
  }

  .chip {
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }

  .clear {
    border-color: transparent;
    text-decoration: underline;
  }

  .count {
    margin-top: 1.25em;
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .results-section {
    contain: layout style;
  }

  .card {
    contain: layout style;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* The title's own height (a finger's target) gives the space above it. */
    padding: 0.25em var(--_space) 0.75em;
    background: var(--_bg);
  }

  /* A card's missing parts are hidden (every card has the same shape). */
  .card [hidden] {
    display: none !important;
  }

  .card h3 {
    margin: 0;
    font-size: 1.125em;
  }

  .card p {
    margin: 0.3em 0;
  }

  /* A link-like title, still a comfortable target for a finger. */
  button.title {
    border: 0;
    padding: 0;
    min-height: 2.75em;
    background: none;
    color: var(--_primary);
    text-align: start;
    text-decoration: underline;
    font-weight: 700;
  }

  .provider {
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }

  .tag {
    background: var(--_surface);
    border-radius: 999px;
    padding: 0.05em 0.6em;
    font-size: 0.875em;
  }

  /* The service type leads the tags, marked by a bar on its start side. */
  .tag.type {
    border-inline-start: 4px solid var(--_primary);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  /* The text colour, which the highlight is made for: a link's colour on it fails in dark mode (3.4:1). */
  mark {
    background: var(--_highlight);
    color: var(--_text);
    border-radius: 2px;
  }

  /* Kept for the next keystroke's matches (see highlight.ts). */
  mark:empty {
    display: none;
  }

  /* Hidden but for the keyboard's focus (the visually-hidden rule in core styles). */
  .skip {
    margin-top: 0.5em;
  }

  #results-title:focus {
    outline-offset: 2px;
  }

  /* Only while typing: cards below the screen would otherwise be missing from the accessibility tree. */
  .results.typing .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }

  .why {
    font-size: 0.875em;
  }

  .more {
    margin-top: 1em;
    width: 100%;
  }
`;
