/** Formatting of addresses, distances and contacts shared by the elements. */
import { html, nothing, type TemplateResult } from 'lit';
import { displayWebUrl, mailtoHref, safeWebUrl, telHref } from './safe-url.js';
import type { Strings } from './strings/types.js';
import type { Address, ContactInfo, ServiceLocation } from './types.js';

/** "Hlavní 125, 549 01 Nové Město nad Metují". */
export function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  const street = [address.street ?? (address.cityPart !== address.city ? address.cityPart : ''), address.number]
    .filter(Boolean)
    .join(' ');
  const postcode = address.postcode?.replace(/^(\d{3})\s?(\d{2})$/, '$1 $2');
  const city = [postcode, address.city].filter(Boolean).join(' ');
  return [street, city].filter(Boolean).join(', ');
}

/** What a place's address alone doesn't say: it is the provider's seat, its point the municipality's centre ('' for neither). */
export function placeNote(location: ServiceLocation, t: Strings): string {
  return [location.role === 'seat' && t.seatLocation, location.approximate && t.approximateLocation]
    .filter(Boolean)
    .join('; ');
}

/** The note of a place in brackets after its name or address: " (sídlo poskytovatele…)", or ''. */
export function noted(location: ServiceLocation, t: Strings): string {
  const note = placeNote(location, t);
  return note && ` (${note})`;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface ContactLabels {
  phone: string;
  email: string;
  web: string;
}

/**
 * One contact: its icon, label and a link (tel:, mailto:, http(s) checked by the
 * caller), or the value as plain text when it is no valid link; hidden when
 * there is no value. One template for every kind: a list showing other
 * contacts updates in place.
 */
export function contactItem(
  labels: ContactLabels,
  kind: keyof ContactLabels,
  text: string | undefined,
  href: string | null,
) {
  const external = kind === 'web';
  return html`<li ?hidden=${!text}><span class="icon" data-icon=${kind} aria-hidden="true"></span><span class="contact-label">${labels[kind]}:</span>
      ${
        // A missing value (the item is hidden) keeps the link's element: lists update in place.
        href || !text
          ? html`<a href=${href ?? nothing} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
              >${external && href ? displayWebUrl(href) : text}</a
            >`
          : text
      }</li>`;
}

/**
 * Contact links: tel:, mailto: and http(s) only, each when the value is valid;
 * an invalid value is shown as plain text, never as a link.
 */
export function renderContacts(
  contact: ContactInfo | undefined,
  labels: ContactLabels,
): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  const items: TemplateResult[] = [];
  for (const phone of contact.phone ?? []) items.push(contactItem(labels, 'phone', phone, telHref(phone)));
  for (const email of contact.email ?? []) items.push(contactItem(labels, 'email', email, mailtoHref(email)));
  for (const web of contact.web ?? []) items.push(contactItem(labels, 'web', web, safeWebUrl(web)));
  if (!items.length && !contact.person) return nothing;
  return html`<ul class="contacts" part="contacts">
    ${contact.person ? html`<li>${contact.person}</li>` : nothing}${items}
  </ul>`;
}
