import { css } from 'lit';

/** Marker colours and shapes per service group: shape too, so colour is not the only cue. */
export const mapStyles = css`
  :host {
    --_g-poradenstvi: #0a5ca8;
    --_g-pece: #a4161a;
    --_g-prevence: #1d6b2f;
    --_g-navazujici: #6a2c91;
  }

  h2 {
    font-size: 1.125em;
    margin: 0.75em 0 0.4em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin-bottom: 0.5em;
  }

  .field,
  label.inline {
    flex: 1 1 12em;
  }

  .map-wrap {
    position: relative;
  }

  .map {
    height: var(--kpss-map-height, 28em);
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* What happens inside the map (markers moving at every zoom step) lays out and paints nothing outside it. */
    contain: strict;
    /* Plain background when tiles fail or are not loaded. */
    background: var(--_surface);
    z-index: 0;
  }

  .map-status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_text);
  }

  .tile-error,
  .geo-message {
    margin: 0.4em 0;
    padding: 0.4em 0.75em;
    background: var(--_warning-bg);
    border-radius: var(--_radius);
  }

  .consent {
    min-height: 12em;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: flex-start;
    justify-content: center;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* The legend is a list of swatches (blocks.styles.ts). */
  .legend .swatch {
    /* Room for the rotated diamond of the prevention group. */
    margin: 4px;
  }

  /* A marker's shape is drawn by ::before: Leaflet places the marker itself with an inline
     transform, which would override the diamond's rotation. */
  .swatch,
  .kpss-marker::before {
    display: inline-block;
    box-sizing: content-box;
    width: 16px;
    height: 16px;
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px #1b1f24;
  }

  .kpss-marker {
    width: 24px !important;
    height: 24px !important;
    display: grid;
    place-items: center;
    cursor: pointer;
  }

  .kpss-marker::before {
    content: '';
  }

  .group-poradenstvi {
    --_shape: 50%;
    --_fill: var(--_g-poradenstvi);
  }

  .group-pece {
    --_shape: 3px;
    --_fill: var(--_g-pece);
  }

  .group-prevence {
    --_shape: 2px;
    --_fill: var(--_g-prevence);
    --_turn: rotate(45deg);
  }

  .group-navazujici {
    --_shape: 50% 50% 50% 0;
    --_fill: var(--_g-navazujici);
  }

  .swatch,
  .kpss-marker::before {
    background: var(--_fill);
    border-radius: var(--_shape);
    transform: var(--_turn, none);
  }

  /* A provider's seat (not where clients come): hollow, with a solid outline in the group's colour; a point at
     the municipality's centre (approximate): the outline dashed (the same size as the others). The legend's
     swatches, of no group, are circles in the text colour. */
  .kpss-marker:is(.seat, .approximate)::before,
  .swatch:is(.seat, .approximate) {
    width: 14px;
    height: 14px;
    background: #fff;
    border: 3px solid var(--_fill);
  }

  .kpss-marker.approximate::before,
  .swatch.approximate {
    border-style: dashed;
  }

  .swatch:is(.seat, .approximate) {
    --_fill: var(--_text);
    --_shape: 50%;
    background: transparent;
    box-shadow: none;
  }

  .not-placed {
    margin: 0.5em 0;
  }

  /* What a place's address doesn't say (a seat, a municipality's centre), in a popup; none, no line. */
  .note {
    font-style: italic;
  }

  .note:empty {
    display: none;
  }

  /* Several services at one point: the count on the marker, and the list in its popup. */
  .kpss-site {
    position: relative;
  }

  .kpss-site span {
    position: absolute;
    inset-block-start: -9px;
    inset-inline-end: -11px;
    min-width: 1.3em;
    padding: 0 0.2em;
    border-radius: 0.65em;
    background: #1b1f24;
    color: #fff;
    font: 700 11px/1.3em system-ui, sans-serif;
    text-align: center;
  }

  .site-services {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .site-services li {
    display: grid;
    gap: 0.1em;
    padding: 0.4em 0;
    border-top: 1px solid var(--_border);
  }

  .site-services li[aria-current='true'] strong {
    text-decoration: underline;
  }

  .kpss-marker.selected::before {
    box-shadow:
      0 0 0 3px var(--_focus),
      0 0 0 5px #fff;
  }

  .kpss-marker:focus-visible,
  .kpss-cluster:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  .kpss-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: rgb(10 92 168 / 0.85);
    color: #fff;
    font-weight: 700;
    border: 3px solid #fff;
    box-shadow: 0 0 0 1px #1b1f24;
  }

  .kpss-cluster.medium {
    background: rgb(29 107 47 / 0.9);
  }

  .kpss-cluster.large {
    background: rgb(164 22 26 / 0.9);
  }

  .leaflet-container {
    font: inherit;
  }

  .leaflet-control-attribution a {
    text-decoration: underline;
    color: #0a4a86;
  }

  .popup h3 {
    margin: 0 0 0.25em;
    font-size: 1.125em;
  }

  .popup p {
    margin: 0.2em 0;
  }

  .popup .contacts {
    list-style: none;
    padding: 0;
    margin: 0.3em 0;
  }

  .in-view ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .in-view li {
    margin: 0.2em 0;
  }

  @media print {
    .controls,
    .map-wrap,
    .consent {
      display: none;
    }
  }
`;
