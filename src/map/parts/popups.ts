/** What a marker's popup shows: one service, or the services at one point. Escape in it goes back to the marker. */
import { html, nothing, render, type TemplateResult } from 'lit';
import { formatAddress, placeNote, renderContacts } from '../../core/format.js';
import { type Lang, type Strings, typeLabel } from '../../core/i18n.js';
import type { MapPoint, Site } from '../points.js';

function popup(className: string, onEscape: () => void, content: TemplateResult): HTMLElement {
  const node = document.createElement('div');
  node.className = className;
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onEscape();
  });
  render(content, node);
  return node;
}

/** One service's popup; "Show in the catalogue" when one is linked (`onShow`). */
export function servicePopup(
  point: MapPoint,
  t: Strings,
  lang: Lang,
  onEscape: () => void,
  onShow?: (point: MapPoint) => void,
): HTMLElement {
  const s = point.service;
  const address = formatAddress(point.location.address);
  return popup(
    'popup',
    onEscape,
    html`<h3 tabindex="-1" lang="cs">${s.name}</h3>
      ${s.$provider ? html`<p class="provider" lang="cs">${s.$provider.name}</p>` : nothing}
      <p>${typeLabel(s.type, lang)}</p>
      ${address ? html`<p lang="cs">${address}</p>` : nothing}
      <p class="note">${placeNote(point.location, t)}</p>
      ${renderContacts(s.contact, t.contact)}
      ${onShow ? html`<button type="button" class="show" @click=${() => onShow(point)}>${t.map.showInCatalogue}</button>` : nothing}`,
  );
}

/** The popup of a point several services share: each of them, the selected one marked. */
export function sitePopup(
  site: Site,
  name: string,
  selectedKey: string,
  t: Strings,
  lang: Lang,
  onEscape: () => void,
  onShow?: (point: MapPoint) => void,
): HTMLElement {
  return popup(
    'popup site',
    onEscape,
    html`<h3 tabindex="-1">${name}</h3>
      <ul class="site-services">
        ${site.points.map(
          (point) => html`<li aria-current=${point.key === selectedKey ? 'true' : nothing}>
            <strong lang="cs">${point.service.name}</strong>
            ${point.service.$provider ? html`<span class="provider" lang="cs">${point.service.$provider.name}</span>` : nothing}
            <span>${typeLabel(point.service.type, lang)}</span>
            ${
              onShow
                ? html`<button type="button" class="show" @click=${() => onShow(point)}>
                    ${t.map.showInCatalogue}<span class="visually-hidden">: ${point.service.name}</span>
                  </button>`
                : nothing
            }
          </li>`,
        )}
      </ul>`,
  );
}
