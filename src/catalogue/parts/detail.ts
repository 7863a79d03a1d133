/**
 * The catalogue's service detail: everything known of one service, in a
 * dialog. A module of its own, loaded right after the first render (and at
 * the latest when a detail opens), so the first download stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatAddress, noted, renderContacts } from '../../core/format.js';
import { formatNumber, type Lang, label, type Strings } from '../../core/i18n.js';
import { CAPACITY_UNITS, FORMS, TARGET_GROUPS } from '../../core/vocabulary.js';
import { type ServiceEntry, typeWithParagraph } from '../service-model.js';
import { detailFacts, detailLinks, type FactContext, feeText } from './facts.js';

export interface DetailContext {
  strings: Strings;
  lang: Lang;
  /** What the person last did there, e.g. "the link is copied". */
  shareMessage: string;
  onClose: () => void;
  onShare: () => void;
  /** Present when a linked map can show the service. */
  onShowOnMap?: () => void;
  /** Open now, directions, a wrong detail. */
  facts: FactContext;
}

/** The detail's content (the element keeps the dialog itself). */
export function detail(entry: ServiceEntry, context: DetailContext): TemplateResult {
  const { strings, lang } = context;
  const t = strings.catalogue;
  const s = entry.service;
  const row = (term: string, value: unknown) =>
    value ? html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
  // What the data says is Czech whatever the interface speaks: screen readers read it so.
  const dataRow = (term: string, value: unknown) =>
    value ? html`<div class="row"><dt>${term}</dt><dd lang="cs">${value}</dd></div>` : nothing;
  return html`<div class="detail">
    <div class="detail-head">
      <h2 id="detail-title" lang="cs">${s.name}</h2>
      <button type="button" class="close" @click=${context.onClose}>
        <span aria-hidden="true">✕</span> ${t.close}
      </button>
    </div>
    <dl>
      ${dataRow(t.provider, s.$provider?.name)}
      ${row(t.type, typeWithParagraph(s.type, lang))}
      ${row(t.forms, (s.forms ?? []).map((f) => label(FORMS, f, lang)).join(', '))}
      ${row(t.targetGroups, (s.targetGroups ?? []).map((g) => label(TARGET_GROUPS, g, lang)).join(', '))}
      ${row(t.age, s.ageRange && (s.ageRange.from !== undefined || s.ageRange.to !== undefined) ? t.ageRange(s.ageRange.from, s.ageRange.to) : '')}
      ${dataRow(
        t.where,
        s.locations?.length
          ? html`<ul class="plain">
              ${s.locations.map((l) =>
                l.hidden
                  ? html`<li>${t.hiddenAddress}</li>`
                  : html`<li>${[l.name, formatAddress(l.address)].filter(Boolean).join(' – ')}${noted(l, strings)}</li>`,
              )}
            </ul>`
          : '',
      )}
      ${dataRow(t.municipalities, (s.municipalities ?? []).join(', '))}
      ${dataRow(
        t.openingHours,
        s.openingHours?.length
          ? html`<ul class="plain">${s.openingHours.map((line) => html`<li>${line}</li>`)}</ul>`
          : '',
      )}
      ${detailFacts(entry, context.facts)}
      ${row(t.fee, feeText(s, lang))}
      ${row(
        t.capacity,
        (s.capacity ?? [])
          .map(
            (c) =>
              `${formatNumber(lang, c.count)} ${label(CAPACITY_UNITS, c.unit, lang)}${c.form ? ` (${label(FORMS, c.form, lang)})` : ''}`,
          )
          .join(', '),
      )}
      ${dataRow(t.description, s.description)}
      ${row(t.contacts, renderContacts(s.contact, strings.contact))}
      ${s.$provider?.contact ? row(`${t.contacts} – ${s.$provider.name}`, renderContacts(s.$provider.contact, strings.contact)) : nothing}
    </dl>
    ${detailLinks(entry, context.facts)}
    <div class="detail-actions">
      <button type="button" @click=${context.onShare}>${t.share}</button>
      <button type="button" @click=${() => window.print()}>${t.print}</button>
      ${context.onShowOnMap ? html`<button type="button" @click=${context.onShowOnMap}>${t.showOnMap}</button>` : nothing}
      <p role="status" class="share-message">${context.shareMessage}</p>
    </div>
  </div>`;
}

/** What a printed card adds: every contact, the visible addresses and the opening hours. */
export function printedDetails(entry: ServiceEntry, strings: Strings): TemplateResult {
  const s = entry.service;
  const t = strings.catalogue;
  const addresses = (s.locations ?? [])
    .map((l) => (l.hidden ? t.hiddenAddress : [l.name, formatAddress(l.address)].filter(Boolean).join(' – ')))
    .filter(Boolean);
  return html`${renderContacts(s.contact, strings.contact)}
    ${addresses.length ? html`<ul class="plain printed-addresses">${addresses.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
    ${s.openingHours?.length ? html`<p class="printed-hours">${t.openingHours}: ${s.openingHours.join('; ')}</p>` : nothing}`;
}
