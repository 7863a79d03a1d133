/**
 * What a person asks once a service is found: is it open now, can I get in
 * with a wheelchair, do they speak my language, how do I get there, is this
 * still true, and how do I keep or send this list. Loaded after the first
 * render with the catalogue's other on-demand parts; the card and the
 * detail show these facts once it is here.
 *
 * Over 400 lines: one chunk by design, loaded after the first render with its own size budget; its
 * functions are small and each has one job.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatAddress } from '../../core/format.js';
import { type HoursStatus, hoursStatus, serviceHours, WEEKDAYS } from '../../core/hours.js';
import { formatDate, type Lang, label } from '../../core/i18n.js';
import { isMappable } from '../../core/places.js';
import { mailtoHref, safeWebUrl } from '../../core/safe-url.js';
import type { OpeningHours, ServiceLocation, ServiceRecord } from '../../core/types.js';
import { FORMS } from '../../core/vocabulary.js';
import type { ServiceEntry } from '../service-model.js';
import { FACT_TEXTS, type FactTexts } from './facts.strings.js';

/** Where "Navigovat" leads: Mapy.com (default), OpenStreetMap or Google Maps. */
export type DirectionsProvider = 'mapy' | 'osm' | 'google';

export interface FactContext {
  lang: Lang;
  /** The clock "open now" is told by. */
  now: Date;
  directions: DirectionsProvider;
  /** The admin's form for wrong details: {id}, {name}, {dataset} and {page} are filled in. */
  reportUrl?: string;
  /** The coordinator's e-mail of the service's dataset, for a wrong detail without a form. */
  coordinatorEmail?: string;
  /** The address of this service's detail on the page. */
  page: string;
}

export function factTexts(lang: Lang): FactTexts {
  return FACT_TEXTS[lang];
}

// ——— open now ———

const hoursCache = new WeakMap<ServiceRecord, OpeningHours[]>();
function hoursOf(service: ServiceRecord): OpeningHours[] {
  let hours = hoursCache.get(service);
  if (!hours) {
    hours = serviceHours(service);
    hoursCache.set(service, hours);
  }
  return hours;
}

/** Statuses by service for the minute they were told in: the open-now filter asks each keystroke. */
const statusCache = new WeakMap<ServiceRecord, { minute: number; status: HoursStatus | undefined }>();

/** The service's status at `now`, undefined when its hours say nothing a clock can use. */
export function statusOf(service: ServiceRecord, now: Date): HoursStatus | undefined {
  const hours = hoursOf(service);
  if (!hours.length) return undefined;
  const minute = Math.floor(now.getTime() / 60_000);
  const known = statusCache.get(service);
  if (known?.minute === minute) return known.status;
  const status = hoursStatus(hours, now);
  statusCache.set(service, { minute, status });
  return status;
}

export function statusText(status: HoursStatus, t: FactTexts): string {
  switch (status.state) {
    case 'nonstop':
      return t.nonstop;
    case 'appointment':
      return t.byAppointment;
    case 'open':
      return t.openUntil(t.when(status.closes.inDays, status.closes.weekday, status.closes.time));
    default:
      return status.opens
        ? t.closedOpens(t.when(status.opens.inDays, status.opens.weekday, status.opens.time))
        : t.closed;
  }
}

const isOpen = (status: HoursStatus | undefined) => status?.state === 'open' || status?.state === 'nonstop';

// ——— the filters ———

export interface FactFilters {
  openNow: boolean;
  access: boolean;
  language: string;
}

/** Whether a service passes the open-now, access and language filters. */
export function passesFacts(entry: ServiceEntry, f: FactFilters, now: Date): boolean {
  const s = entry.service;
  if (f.access && s.accessibility?.level !== 'full') return false;
  if (f.language && !s.languages?.includes(f.language)) return false;
  return !f.openNow || isOpen(statusOf(s, now));
}

/** A language's name in the interface's language, each worked out once (cards ask at every keystroke). */
const languageNames = new Map<string, string>();
export function languageName(code: string, lang: Lang, t: FactTexts): string {
  const own = t.languageNames[code];
  if (own) return own;
  const key = `${lang}:${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      name = code;
    }
    languageNames.set(key, name);
  }
  return name;
}

/** What the data has to filter by, worked out once per dataset (the filter box renders at every keystroke). */
interface Present {
  hours: boolean;
  access: boolean;
  languages: string[];
}
const presentIn = new WeakMap<readonly ServiceEntry[], Present>();
function present(entries: readonly ServiceEntry[]): Present {
  let found = presentIn.get(entries);
  if (!found) {
    const languages = new Set<string>();
    for (const entry of entries) for (const code of entry.service.languages ?? []) languages.add(code);
    found = {
      hours: entries.some((e) => hoursOf(e.service).length),
      access: entries.some((e) => e.service.accessibility?.level === 'full'),
      languages: [...languages].sort(),
    };
    presentIn.set(entries, found);
  }
  return found;
}

export interface FactFiltersContext {
  lang: Lang;
  filters: FactFilters;
  entries: readonly ServiceEntry[];
  onFilter: <K extends keyof FactFilters>(name: K, value: FactFilters[K]) => void;
}

/** The filter box's open-now, step-free and language controls, for what the data has. */
export function factFilters({ lang, filters: f, entries, onFilter }: FactFiltersContext): TemplateResult {
  const t = factTexts(lang);
  const { hours: anyHours, access: anyAccess, languages } = present(entries);
  const checkbox = (id: string, text: string, checked: boolean, name: 'openNow' | 'access') =>
    html`<div class="field checkbox">
      <input id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onFilter(name, (e.target as HTMLInputElement).checked)} />
      <label for=${id}>${text}</label>
    </div>`;
  return html`${anyHours || f.openNow ? checkbox('f-open', t.filterOpenNow, f.openNow, 'openNow') : nothing}
    ${anyAccess || f.access ? checkbox('f-access', t.filterAccess, f.access, 'access') : nothing}
    ${
      languages.length
        ? html`<div class="field">
            <label for="f-language">${t.filterLanguage}</label>
            <select id="f-language" .value=${f.language} @change=${(e: Event) => onFilter('language', (e.target as HTMLSelectElement).value)}>
              <option value="">–</option>
              ${languages.map((code) => html`<option value=${code} ?selected=${f.language === code}>${languageName(code, lang, t)}</option>`)}
            </select>
          </div>`
        : nothing
    }`;
}

/** The chips of the active fact filters. */
export function factChips(f: FactFilters, lang: Lang): { key: keyof FactFilters; text: string }[] {
  const t = factTexts(lang);
  const chips: { key: keyof FactFilters; text: string }[] = [];
  if (f.openNow) chips.push({ key: 'openNow', text: t.filterOpenNow });
  if (f.access) chips.push({ key: 'access', text: t.filterAccess });
  if (f.language) chips.push({ key: 'language', text: `${t.filterLanguage}: ${languageName(f.language, lang, t)}` });
  return chips;
}

// ——— on the card ———

/** The card's line of facts: open now, step-free access, languages besides Czech. */
export function cardFacts(entry: ServiceEntry, context: FactContext): TemplateResult | typeof nothing {
  const { lang } = context;
  const t = factTexts(lang);
  const s = entry.service;
  const status = statusOf(s, context.now);
  const access = s.accessibility?.level;
  const others = (s.languages ?? []).filter((code) => code !== 'cs');
  if (!status && access !== 'full' && access !== 'partial' && !others.length) return nothing;
  return html`<p class="facts">
    ${status ? html`<span class="fact status ${isOpen(status) ? 'open' : status.state}">${statusText(status, t)}</span>` : nothing}
    ${
      access === 'full' || access === 'partial'
        ? html`<span class="fact access"><span aria-hidden="true">♿</span> ${t.access[access]}</span>`
        : nothing
    }
    ${
      others.length
        ? html`<span class="fact languages">${t.languages}: ${others
            .map((code) => languageName(code, lang, t))
            .join(', ')}</span>`
        : nothing
    }
  </p>`;
}

/**
 * The card's "add to my list" button, after its contacts; the catalogue's one
 * click listener on the list handles it by its data-list-id.
 */
export function listToggle(entry: ServiceEntry, lang: Lang, inList: boolean): TemplateResult {
  const t = factTexts(lang);
  return html`<button type="button" class="list-toggle" data-list-id=${entry.service.id} aria-pressed=${inList ? 'true' : 'false'}>
    <span aria-hidden="true">${inList ? '★' : '☆'}</span> ${inList ? t.inList : t.addToList}
  </button>`;
}

// ——— my list ———

export interface ListBarContext {
  lang: Lang;
  /** The services in the list. */
  ids: readonly string[];
  /** Whether only the list is shown. */
  only: boolean;
  message: string;
  /** The page's title for the share sheet, and the words for a copied link. */
  title: string;
  copied: string;
  /** The list as a link that shows it alone. */
  link: () => string;
  setOnly: (only: boolean) => void;
  setIds: (ids: string[]) => void;
  setMessage: (message: string) => void;
  rendered: () => Promise<unknown>;
}

/** The list with a service added, or without it when it was there. */
export function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}

/** The phone's share sheet where there is one, else the link copied (or shown to copy by hand). */
export async function shareLink(link: string, title: string, copied: string): Promise<string> {
  if (navigator.share) {
    try {
      await navigator.share({ title, url: link });
      return '';
    } catch (error) {
      // The person closed the sheet: nothing to say.
      if ((error as DOMException).name === 'AbortError') return '';
    }
  }
  try {
    await navigator.clipboard.writeText(link);
    return copied;
  } catch {
    // No clipboard (insecure page, denied): show the link to copy by hand.
    return link;
  }
}

/** "Můj výběr (3)": show it alone, print it, share it as a link, empty it. */
export function listBar(c: ListBarContext): TemplateResult | typeof nothing {
  const t = factTexts(c.lang);
  const count = c.ids.length;
  if (!count && !c.only) return nothing;
  const print = async () => {
    c.setOnly(true);
    await c.rendered();
    window.print();
  };
  const share = async () => c.setMessage(await shareLink(c.link(), c.title, c.copied));
  return html`<div class="my-list" part="my-list">
    <h2 class="my-list-title">${t.myList(count)}</h2>
    ${count ? nothing : html`<p>${t.listEmpty}</p>`}
    <ul class="plain my-list-actions">
      <li><button type="button" aria-pressed=${c.only ? 'true' : 'false'} @click=${() => c.setOnly(!c.only)}>
        ${c.only ? t.showAll : t.showList}
      </button></li>
      ${
        count
          ? html`<li><button type="button" @click=${print}>${t.printList}</button></li>
              <li><button type="button" @click=${share}>${t.shareList}</button></li>
              <li><button type="button" @click=${() => c.setIds([])}>${t.clearList}</button></li>`
          : nothing
      }
    </ul>
    <p role="status" class="share-message">${c.message}</p>
  </div>`;
}

// ——— in the detail ———

function time(text: string): string {
  return text.replace(/^0(\d)/, '$1');
}

/** "Po–Pá 8:00–16:00" from a weekly stretch. */
function daysText(days: readonly string[], t: FactTexts): string {
  const idx = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const runs: string[] = [];
  for (let k = 0; k < idx.length; ) {
    let end = k;
    while (end + 1 < idx.length && (idx[end + 1] as number) === (idx[end] as number) + 1) end++;
    const from = t.weekdaysShort[idx[k] as number];
    const to = t.weekdaysShort[idx[end] as number];
    runs.push(end - k >= 2 ? `${from}–${to}` : end > k ? `${from}, ${to}` : `${from}`);
    k = end + 1;
  }
  return runs.join(', ');
}

function hoursLines(hours: OpeningHours, lang: Lang, t: FactTexts): string[] {
  const lines: string[] = [];
  if (hours.nonstop) lines.push(t.nonstop);
  for (const range of hours.weekly ?? []) {
    const extra = [range.byAppointment ? t.byAppointment.toLowerCase() : '', range.note ?? ''].filter(Boolean);
    lines.push(
      `${daysText(range.days, t)} ${time(range.opens)}–${time(range.closes)}${extra.length ? ` (${extra.join(', ')})` : ''}`,
    );
  }
  if (hours.byAppointment) lines.push(t.byAppointment);
  if (hours.openOnHolidays && !hours.nonstop) lines.push(t.holidaysOpen);
  for (const c of hours.closures ?? []) {
    const when =
      c.to && c.to !== c.from ? `${formatDate(lang, c.from)} – ${formatDate(lang, c.to)}` : formatDate(lang, c.from);
    lines.push(`${t.closures} ${when}${c.note ? ` (${c.note})` : ''}`);
  }
  if (hours.note) lines.push(hours.note);
  return lines;
}

/** The structured opening hours, one block per form or place and season, with the status now. */
function hoursBlock(s: ServiceRecord, context: FactContext, t: FactTexts): TemplateResult | typeof nothing {
  const { lang } = context;
  if (!s.hours?.length) return nothing;
  return html`<ul class="plain hours">
    ${s.hours.map((hours) => {
      const heading = [
        hours.form ? label(FORMS, hours.form, lang) : '',
        hours.place ?? '',
        hours.validFrom || hours.validTo
          ? t.validity(
              hours.validFrom && formatDate(lang, hours.validFrom),
              hours.validTo && formatDate(lang, hours.validTo),
            )
          : '',
      ].filter(Boolean);
      return html`<li>
        ${heading.length ? html`<span class="muted">${heading.join(', ')}:</span> ` : nothing}${hoursLines(hours, lang, t).join('; ')}
      </li>`;
    })}
  </ul>`;
}

function monthYear(iso: string): [number, number] | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? [Number(m[2]), Number(m[1])] : undefined;
}

/** The detail's rows: status and hours, access, languages, fee, free places, verified. */
export function detailFacts(entry: ServiceEntry, context: FactContext): TemplateResult {
  const { lang } = context;
  const t = factTexts(lang);
  const s = entry.service;
  const row = (term: string, value: unknown, cls = '') =>
    value ? html`<div class="row ${cls}"><dt>${term}</dt><dd>${value}</dd></div>` : nothing;
  const status = statusOf(s, context.now);
  const availability = s.availability;
  return html`${row(
    t.hours,
    status || s.hours?.length
      ? html`${status ? html`<p class="fact status ${isOpen(status) ? 'open' : status.state}">${statusText(status, t)}</p>` : nothing}
          ${hoursBlock(s, context, t)}`
      : '',
  )}
    ${row(t.accessLabel, s.accessibility ? [t.access[s.accessibility.level], s.accessibility.note].filter(Boolean).join('. ') : '')}
    ${row(t.languages, (s.languages ?? []).map((code) => languageName(code, lang, t)).join(', '))}
    ${row(
      t.availabilityLabel,
      availability
        ? `${t.availability[availability.status]} (${t.asOf(formatDate(lang, availability.date))})${availability.note ? `. ${availability.note}` : ''}`
        : '',
    )}
`;
}

/** The fee as the detail says it: the kind (or the older `free`) and the note. */
export function feeText(s: ServiceRecord, lang: Lang): string {
  const t = factTexts(lang);
  const kind = s.fee?.kind ?? (s.fee?.free ? 'free' : undefined);
  return [kind ? t.fees[kind] : '', s.fee?.note].filter(Boolean).join('. ');
}

// ——— directions and a wrong detail ———

export function directionsHref(location: ServiceLocation, provider: DirectionsProvider): string | undefined {
  if (location.hidden) return undefined;
  const point = isMappable(location) && !location.approximate ? location : undefined;
  const address = formatAddress(location.address);
  if (!point && !address) return undefined;
  const q = encodeURIComponent(address);
  if (provider === 'google') {
    return `https://www.google.com/maps/dir/?api=1&destination=${point ? `${point.lat},${point.lon}` : q}`;
  }
  if (provider === 'osm') {
    return point
      ? `https://www.openstreetmap.org/directions?to=${point.lat}%2C${point.lon}`
      : `https://www.openstreetmap.org/search?query=${q}`;
  }
  return point
    ? `https://mapy.com/fnc/v1/route?end=${point.lon},${point.lat}`
    : `https://mapy.com/fnc/v1/search?query=${q}`;
}

/** Where "Nahlásit chybu v údajích" leads: the admin's form, else an e-mail to the coordinator. */
export function reportHref(s: ServiceRecord, context: FactContext): string | undefined {
  const t = factTexts(context.lang);
  const dataset = s.$source;
  if (context.reportUrl) {
    const fill = (name: string) =>
      encodeURIComponent(
        name === 'id'
          ? (s.$originalId ?? s.id)
          : name === 'name'
            ? s.name
            : name === 'dataset'
              ? dataset
              : context.page,
      );
    return (
      safeWebUrl(context.reportUrl.replace(/\{(id|name|dataset|page)\}/g, (_, name: string) => fill(name))) ?? undefined
    );
  }
  const mail = mailtoHref(context.coordinatorEmail);
  if (!mail) return undefined;
  const subject = encodeURIComponent(t.reportSubject(s.name));
  const body = encodeURIComponent(t.reportBody(s.name, s.$originalId ?? s.id, dataset, context.page));
  return `${mail}?subject=${subject}&body=${body}`;
}

/** "Navigovat" for each place a person can go to, and "Nahlásit chybu v údajích". */
export function detailLinks(entry: ServiceEntry, context: FactContext): TemplateResult {
  const t = factTexts(context.lang);
  const s = entry.service;
  const places = (s.locations ?? [])
    .map((location) => ({ location, href: directionsHref(location, context.directions) }))
    .filter((p): p is { location: ServiceLocation; href: string } => Boolean(p.href));
  const report = reportHref(s, context);
  const verified = s.verified ? monthYear(s.verified) : undefined;
  const placeName = (l: ServiceLocation) => [l.name, formatAddress(l.address)].filter(Boolean).join(', ');
  return html`${
    places.length
      ? html`<ul class="plain directions">
          ${places.map(
            ({ location, href }) =>
              html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${
                places.length > 1 ? t.directionsTo(placeName(location)) : t.directions
              }</a></li>`,
          )}
        </ul>`
      : nothing
  }${verified ? html`<p class="verified">${t.verified(verified[0], verified[1])}</p>` : nothing}${report ? html`<p class="report"><a href=${report} target=${report.startsWith('mailto:') ? nothing : '_blank'} rel="noopener noreferrer">${t.reportError}</a></p>` : nothing}`;
}
