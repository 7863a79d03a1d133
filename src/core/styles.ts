import { css } from 'lit';

/** Defaults for a dark page (color-scheme="dark", or "auto" when the system prefers dark). */
const darkPalette = css`
  --_primary: var(--kpss-color-primary, #7ab8f5);
  --_on-primary: var(--kpss-color-on-primary, #0b1620);
  --_text: var(--kpss-color-text, #e8eaed);
  --_muted: var(--kpss-color-muted, #b5bcc4);
  --_bg: var(--kpss-color-background, #14181d);
  --_surface: var(--kpss-color-surface, #1e242b);
  --_border: var(--kpss-color-border, #8994a0);
  --_danger: var(--kpss-color-danger, #ff8a8a);
  --_warning-bg: var(--kpss-color-warning-background, #3a3012);
  --_highlight: var(--kpss-color-highlight, #6b5500);
  --_focus: var(--kpss-color-focus, #ffb38a);
`;

/**
 * Shared look of every element. Colours meet WCAG 2.1 AA on the default
 * background; pages theme the widgets through the documented --kpss-* properties.
 *
 * One type scale for all four elements, in em of the widget's base size (--kpss-font-size, the
 * reader's own by default): 1.375 an element's title (the plan, a group of the roster), 1.125 a
 * heading (a section, a card's title, the phone number, the search field), 1 the text and the small
 * headings inside a card, 0.875 what is said in passing (hints, tags, badges, notes, the footer).
 */
export const baseStyles = css`
  :host {
    --_primary: var(--kpss-color-primary, #0a5ca8);
    --_on-primary: var(--kpss-color-on-primary, #ffffff);
    --_text: var(--kpss-color-text, #1b1f24);
    --_muted: var(--kpss-color-muted, #4f5863);
    --_bg: var(--kpss-color-background, #ffffff);
    --_surface: var(--kpss-color-surface, #f3f5f7);
    --_border: var(--kpss-color-border, #7c8793);
    --_danger: var(--kpss-color-danger, #a4161a);
    --_warning-bg: var(--kpss-color-warning-background, #fff4d6);
    --_highlight: var(--kpss-color-highlight, #ffe58a);
    --_focus: var(--kpss-color-focus, #c0410e);
    --_radius: var(--kpss-radius, 6px);
    --_space: var(--kpss-space, 1em);

    display: block;
    /* The element's own box: page rules on every element ("* { padding: … !important }") don't reach inside. */
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      ${darkPalette}
    }
  }

  :host([color-scheme='dark']) {
    ${darkPalette}
  }

  /* Not "inherit": a page rule such as "* { box-sizing: content-box !important }" reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * Text settings live on the wrapper inside the shadow root, not on :host: a
   * page rule such as "* { font-size: 30px !important }" reaches the host
   * element but never the wrapper. Only the font family follows the page.
   */
  .base {
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--kpss-font-family, inherit);
    /* "medium" is the reader's own default size, whatever the page does to its root font size. */
    font-size: var(--kpss-font-size, medium);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    cursor: auto;
  }

  a {
    color: var(--_primary);
    text-decoration: underline;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    padding: 0.4em 0.9em;
    min-height: 2.75em;
  }

  /* Form fields look the same in every element (and in the demo's data editor). */
  input[type='search'],
  input[type='text'],
  input[type='number'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.7em;
    min-height: 2.75em;
    max-width: 100%;
  }

  /* A button that reads as a link (inside text and lists). */
  button.linklike {
    border: 0;
    padding: 0.2em 0;
    min-height: 2em;
    background: none;
    color: var(--_primary);
    text-align: start;
    text-decoration: underline;
    font-weight: inherit;
  }

  /*
   * An icon: a square beside its words, painted once the drawings come after the first render
   * (core/icons.ts); its space is kept from the start, so nothing moves. --kpss-icons: none hides them.
   */
  .icon {
    display: var(--kpss-icons, inline-block);
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.35em;
    vertical-align: -0.25em;
    flex: none;
  }

  /* Contact links, as core/format.ts renders them. */
  .contacts {
    list-style: none;
    padding: 0;
    margin: 0.3em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .contacts a {
    display: inline-block;
    padding-block: 0.35em;
  }

  /* The phone number is what most people came for: it stands out. */
  .contacts a[href^='tel:'] {
    font-size: 1.125em;
    font-weight: 700;
  }

  .contact-label,
  .muted {
    color: var(--_muted);
  }

  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .visually-hidden,
  .skip:not(:focus) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .status {
    padding: var(--_space);
    color: var(--_muted);
  }

  .status:empty {
    display: none;
  }

  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: 0.5em;
    color: var(--_text);
  }

  .error p {
    margin: 0 0 0.5em;
  }

  .issues {
    margin-block: 0.75em;
    padding: 0.5em var(--_space);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  .issues summary {
    cursor: pointer;
    font-weight: 600;
  }

  .issues ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }

  .meta-footer {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button,
    .error {
      border: 1px solid CanvasText;
    }
  }
`;
