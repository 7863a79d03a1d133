/** One result card of the catalogue: name, provider, type and forms, target groups, why found, where, contacts. */
import { html, type nothing, type TemplateResult } from 'lit';
import { contactItem } from '../../core/format.js';
import { formatNumber, type Lang, label, type Strings, typeLabel } from '../../core/i18n.js';
import { mailtoHref, safeWebUrl, telHref } from '../../core/safe-url.js';
import { FORMS, type Form, TARGET_GROUPS } from '../../core/vocabulary.js';
import { highlight } from '../highlight.js';
import type { ServiceEntry } from '../service-model.js';

/** Forms in the order cards show them. */
const FORM_CODES = Object.keys(FORMS) as Form[];

export interface CardContext {
  strings: Strings;
  lang: Lang;
  /** Index terms the query matched, for <mark>. */
  terms: ReadonlySet<string>;
  /** Kilometres from the chosen place, if one is chosen and the service has a visible point. */
  distance?: number;
  /** Why the service was found through the need lexicon ("slepý → průvodcovské a předčitatelské služby"). */
  why: readonly string[];
  /** Printing: every contact, the addresses and the opening hours, in place of the first contact of each kind. */
  printed?: TemplateResult;
  /** Open now, access and languages, once their module is loaded. */
  facts?: TemplateResult | typeof nothing;
  /** "Add to my list", after the contacts. */
  listToggle?: TemplateResult;
}

/**
 * One shape for every card (missing parts are hidden, not left out): at each
 * keystroke the cards show other services, and Lit then updates them in
 * place instead of rebuilding them.
 */
export function card(
  entry: ServiceEntry,
  { strings, lang, terms, distance, why, printed, facts, listToggle }: CardContext,
): TemplateResult {
  const t = strings.catalogue;
  const c = strings.contact;
  const s = entry.service;
  const phone = s.contact?.phone?.[0];
  const email = s.contact?.email?.[0];
  const web = s.contact?.web?.[0];
  return html`<li class="card" part="card">
    <h3>
      <button
        type="button"
        class="title"
        lang="cs"
        data-service-id=${s.id}
        aria-haspopup="dialog"
        ${highlight(s.name, terms)}
      ></button>
    </h3>
    <p class="provider" lang="cs" ?hidden=${!s.$provider} ${highlight(s.$provider?.name ?? '', terms)}></p>
    <p class="tags">
      <span class="tag type" data-group=${entry.group} ${highlight(typeLabel(s.type, lang), terms)}></span>
      ${FORM_CODES.map((form) => html`<span class="tag" ?hidden=${!s.forms?.includes(form)}>${label(FORMS, form, lang)}</span>`)}
      <span class="tag free" ?hidden=${!entry.free}>${t.free}</span>
    </p>
    <p class="groups" ?hidden=${!s.targetGroups?.length}><span class="muted">${t.targetGroups}:</span>
      <span ${highlight((s.targetGroups ?? []).map((g) => label(TARGET_GROUPS, g, lang)).join(', '), terms)}></span></p>
    <p class="why" ?hidden=${!why.length}><span class="muted">${t.whyFound}</span> <span>${why.join('; ')}</span></p>
    <p class="where" ?hidden=${!entry.cities.length}><span class="icon" data-icon="place" aria-hidden="true"></span><span class="muted">${t.where}:</span> ${entry.cities.join(', ')}
      <span class="distance" ?hidden=${distance === undefined}>(${
        distance === undefined ? '' : t.distance(formatNumber(lang, distance, { maximumFractionDigits: 1 }))
      })</span></p>
    ${facts}
    ${
      printed
        ? printed
        : html`<ul class="contacts" part="contacts" ?hidden=${!phone && !email && !web}>
            ${contactItem(c, 'phone', phone, telHref(phone))} ${contactItem(c, 'email', email, mailtoHref(email))}
            ${contactItem(c, 'web', web, safeWebUrl(web))}
          </ul>`
    }
    ${listToggle}
  </li>`;
}
