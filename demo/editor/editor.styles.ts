import { css } from 'lit';

/** The editor's own look, on top of the widgets' base styles (tokens, buttons, fields). */
export const editorStyles = css`
  :host {
    display: block;
  }

  .editor {
    padding: 0.5em 0;
  }

  .editor.dragging {
    outline: 3px dashed var(--_primary);
    outline-offset: 4px;
  }

  h2 {
    font-size: 1.3em;
    margin: 0 0 0.4em;
  }

  h3 {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }

  h4 {
    font-size: 1em;
    margin: 0.8em 0 0.4em;
  }

  .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }

  .intro,
  .privacy {
    color: var(--_muted);
    margin: 0.4em 0;
  }

  /* ——— File bar ——— */

  .file-bar,
  .summary,
  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin-block-end: var(--_space);
    background: var(--_bg);
  }

  .file-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
  }

  .drop-zone {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    padding: 0.6em 0.8em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    flex: 1 1 18em;
  }

  .dragging .drop-zone {
    border-color: var(--_primary);
    background: var(--_surface);
  }

  .drop-zone label {
    font-weight: 600;
  }

  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }

  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
  }

  .file-status:empty {
    display: none;
  }

  .file-status {
    margin-block-start: 0.5em;
    padding: 0.5em 0.8em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .file-status.error {
    border: 2px solid var(--_danger);
    background: var(--_bg);
  }

  .file-status p {
    margin: 0;
  }

  .hidden-note {
    margin-block: 0.5em;
    padding: 0.5em 0.8em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }

  .hidden-note p,
  .hidden-note ul {
    margin: 0 0 0.5em;
  }

  .confirm,
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.5em;
    padding: 0.5em 0.8em;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }

  .confirm p,
  .undo p {
    margin: 0;
    flex: 1 1 16em;
  }

  /* ——— Summary of issues ——— */

  .summary.has-issues {
    border: 2px solid var(--_danger);
  }

  .issue-count {
    font-weight: 600;
    margin: 0;
  }

  .issue-list {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
    max-height: 16em;
    overflow: auto;
  }

  .issue-list li {
    margin-block: 0.25em;
  }

  .issue-list a {
    display: inline-block;
    padding-block: 0.1em;
    font-weight: 600;
  }

  /* ——— Workspace: forms and preview ——— */

  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }

  @media (min-width: 75em) {
    .workspace {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }

    .preview {
      position: sticky;
      top: 0.5em;
      max-height: calc(100vh - 1em);
      overflow: auto;
    }
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 2px solid var(--_primary);
  }

  .tabs [role='tab'] {
    border-radius: var(--_radius) var(--_radius) 0 0;
    border-bottom: 0;
    color: var(--_text);
  }

  .tabs [role='tab'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  .tabs [role='tab'][aria-selected='true'] .badge {
    background: var(--_bg);
  }

  .panel {
    padding-block: var(--_space);
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.45em;
    border-radius: 1em;
    background: var(--_warning-bg);
    color: var(--_danger);
    font-size: 0.85em;
    font-weight: 600;
  }

  .master-detail {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }

  @media (min-width: 50em) {
    .master-detail {
      grid-template-columns: minmax(12em, 1fr) minmax(0, 3fr);
    }
  }

  .list-filter input {
    width: 100%;
  }

  .record-list ul {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }

  .record-button {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em;
    width: 100%;
    margin-block-end: 0.25em;
    text-align: start;
    color: var(--_text);
    border-color: var(--_border);
  }

  .record-button[aria-current='true'] {
    border: 2px solid var(--_primary);
    background: var(--_surface);
    font-weight: 600;
  }

  .record-button.invalid {
    border-inline-start: 6px solid var(--_danger);
  }

  .record-detail {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
  }

  .empty {
    color: var(--_muted);
  }

  /* ——— Fields ——— */

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin-block: 0.6em;
    flex: 1 1 14em;
    min-width: 0;
  }

  .field.narrow {
    flex: 0 1 9em;
  }

  .field.wide {
    flex-basis: 100%;
  }

  .field label {
    font-weight: 600;
  }

  .required {
    font-weight: normal;
    color: var(--_muted);
  }

  .field input[type='text'],
  .field select,
  textarea {
    width: 100%;
  }

  textarea {
    resize: vertical;
  }

  .invalid > input[type='text'],
  .invalid > select,
  .invalid > textarea,
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  .field-errors {
    list-style: none;
    margin: 0.15em 0 0;
    padding: 0;
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.95em;
  }

  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.6em;
  }

  .field.checkbox .hint,
  .field.checkbox .field-errors {
    flex-basis: 100%;
  }

  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: flex-start;
  }

  .with-button {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 0.5em;
    flex: 1 1 16em;
  }

  .with-button button {
    margin-block-end: 0.6em;
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0.75em 0;
    padding: 0.4em 0.8em 0.6em;
    min-width: 0;
  }

  fieldset.invalid {
    border: 2px solid var(--_danger);
  }

  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }

  .checkbox-group .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.2em;
  }

  .checkbox-group.columns .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    padding-block: 0.2em;
  }

  .choice input {
    margin-top: 0.15em;
    flex: none;
  }

  .sub-list > .item {
    background: var(--_surface);
  }

  .item-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-block: 0.4em;
  }

  button.small,
  .item-toolbar button {
    min-height: 2.4em;
    padding: 0.2em 0.7em;
  }

  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  button.add {
    margin-block: 0.3em;
  }

  /* ——— Plan tree ——— */

  .plan-level {
    margin-block: 0.5em;
  }

  .plan-level .plan-level {
    margin-inline-start: 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }

  .plan-item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: 0.4em;
    background: var(--_bg);
  }

  .plan-item > summary {
    cursor: pointer;
    padding: 0.5em 0.8em;
    font-weight: 600;
    min-height: 2.75em;
    display: list-item;
  }

  .plan-item[open] > summary {
    border-bottom: 1px solid var(--_border);
  }

  .plan-item-body {
    padding: 0.3em 0.8em 0.6em;
  }

  /* ——— Preview ——— */

  .preview-panel {
    padding-block-start: 0.75em;
    --kpss-map-height: 22rem;
  }

  @media (forced-colors: active) {
    .badge,
    [aria-invalid='true'] {
      border: 2px solid CanvasText;
    }
  }
`;
