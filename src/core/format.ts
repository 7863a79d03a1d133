/** Formatting of addresses, distances and contacts shared by the elements. */
import { html, nothing, type TemplateResult } from 'lit';
import { displayWebUrl, mailtoHref, safeWebUrl, telHref } from './safe-url.js';
import type { Address, ContactInfo } from './types.js';

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
 * Contact links: tel:, mailto: and http(s) only, each when the value is valid;
 * an invalid value is shown as plain text, never as a link.
 */
export function renderContacts(
  contact: ContactInfo | undefined,
  labels: ContactLabels,
): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  const items: TemplateResult[] = [];
  for (const phone of contact.phone ?? []) {
    const href = telHref(phone);
    items.push(html`<li><span class="contact-label">${labels.phone}:</span>
      ${href ? html`<a href=${href}>${phone}</a>` : phone}</li>`);
  }
  for (const email of contact.email ?? []) {
    const href = mailtoHref(email);
    items.push(html`<li><span class="contact-label">${labels.email}:</span>
      ${href ? html`<a href=${href}>${email}</a>` : email}</li>`);
  }
  for (const web of contact.web ?? []) {
    const href = safeWebUrl(web);
    items.push(html`<li><span class="contact-label">${labels.web}:</span>
      ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${displayWebUrl(href)}</a>` : web}</li>`);
  }
  if (contact.person) items.unshift(html`<li>${contact.person}</li>`);
  return items.length ? html`<ul class="contacts" part="contacts">${items}</ul>` : nothing;
}
