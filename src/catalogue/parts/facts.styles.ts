import { css } from 'lit';

/** Styles of what a person asks of a found service (open now, access, languages, my list, directions): with their module. */
export const factStyles = css`
  /* Open now, access, languages: words first, colour only as a second cue. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0;
  }

  .fact.status {
    font-weight: 600;
  }

  .fact.status.open::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: var(--kpss-color-open, #1e7b34);
    forced-color-adjust: none;
  }

  .list-toggle,
  .my-list button {
    font: inherit;
    min-height: 2.25em;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }

  .list-toggle {
    margin-top: 0.5em;
    font-size: 0.875em;
  }

  .list-toggle[aria-pressed='true'],
  .my-list button[aria-pressed='true'] {
    background: var(--_surface);
    font-weight: 600;
  }

  .my-list {
    margin: 0 0 0.75em;
    padding: 0.5em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .my-list-title {
    font-size: 1.125em;
    margin: 0 0 0.35em;
  }

  .my-list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .directions,
  .report,
  .verified {
    margin: 0.5em var(--_space);
  }

  .verified {
    color: var(--_muted);
  }

  @media print {
    .list-toggle,
    .my-list-actions,
    .report {
      display: none;
    }
  }
`;
