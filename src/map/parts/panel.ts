/** What surrounds the map: the consent placeholder, the legend, the list of what is in view, and what it cannot show. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatAddress, noted } from '../../core/format.js';
import { type Lang, label, type Strings } from '../../core/i18n.js';
import type { ServiceRecord } from '../../core/types.js';
import { SERVICE_GROUPS, type ServiceGroup } from '../../core/vocabulary.js';
import type { MapPoint, PlaceKind } from '../points.js';

/** Asks before third-party tiles load, naming their server. */
export function consentView(tiles: string, t: Strings['map'], onAccept: () => void): TemplateResult {
  let host = tiles;
  try {
    host = new URL(tiles.replace(/\{[a-z]\}/g, 'a')).host;
  } catch {
    // Keep the template as written.
  }
  return html`<div class="consent" part="consent">
    <p>${t.consentText(host)}</p>
    <button type="button" class="primary" @click=${onAccept}>${t.consentButton}</button>
  </div>`;
}

/** The service groups' colours, and the markers of a provider's seat and of a municipality's centre when the map has such places. */
export function legendView(t: Strings, lang: Lang, kinds: readonly PlaceKind[]): TemplateResult {
  return html`<div class="legend" part="legend">
    <h2 id="legend-title" class="legend-title">${t.map.legend}</h2>
    <ul class="counts" aria-labelledby="legend-title">
      ${(Object.keys(SERVICE_GROUPS) as ServiceGroup[]).map(
        (g) =>
          html`<li><span class="swatch group-${g}" aria-hidden="true"></span> ${label(SERVICE_GROUPS, g, lang)}</li>`,
      )}
      ${kinds.map(
        (kind) => html`<li><span class="swatch ${kind}" aria-hidden="true"></span> ${t[`${kind}Location`]}</li>`,
      )}
    </ul>
  </div>`;
}

/** The accessible list of the places in view (the first of them), each opening its place. */
export function inViewList(
  list: readonly MapPoint[],
  total: number,
  t: Strings,
  onOpen: (point: MapPoint) => void,
): TemplateResult {
  return html`<section class="in-view" part="list" aria-labelledby="in-view-title">
    <h2 id="in-view-title">${t.map.inView(total)}</h2>
    <ul>
      ${list.map((p) => {
        const address = formatAddress(p.location.address);
        return html`<li>
          <button type="button" class="linklike" @click=${() => onOpen(p)}>${p.service.name}</button>
          ${address ? html`<span class="muted">– ${address}</span>` : nothing}
          <span class="muted">${noted(p.location, t)}</span>
        </li>`;
      })}
    </ul>
    ${total > list.length ? html`<p class="muted">${t.map.inViewMore(total - list.length)}</p>` : nothing}
  </section>`;
}

/** How many services the map cannot show, listed by name in a folding list. */
export function notPlacedView(unplaced: readonly ServiceRecord[], t: Strings['map']): TemplateResult | typeof nothing {
  return unplaced.length
    ? html`<details class="not-placed" part="not-placed">
        <summary>${t.notPlaced(unplaced.length)}</summary>
        <ul>${unplaced.map((s) => html`<li>${s.name}</li>`)}</ul>
      </details>`
    : nothing;
}
