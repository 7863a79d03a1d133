/**
 * The kpss elements on the page, for what they decide together:
 * - which one shows the footer (sample-data notice, update date, source) when
 *   several show the same data: with `footer="auto"` only the first in
 *   document order does, so a page with a catalogue and a map of one file says
 *   it once. Elements ask here when they render, and the others are asked to
 *   render again when one comes, goes or changes its sources;
 * - the language and the texts: when a `lang` attribute changes (the page's, an
 *   ancestor's or the element's own), or the page sets its own wording, every
 *   element renders again.
 */

import { absoluteUrl } from './loader.js';

/** `auto` (default): once per page and set of sources; `show`: always; `hide`: never. */
export type FooterMode = 'auto' | 'show' | 'hide';

export interface FooterHost extends HTMLElement {
  /** The element's footer mode as set (anything unknown counts as `auto`). */
  readonly footer: string;
  /** URLs of the data files; inline data has none and is never shared. */
  readonly src: string;
  requestUpdate(): void;
}

const hosts = new Set<FooterHost>();

/** The element's data files, the same for the same files in any order or spelling of their URLs. */
function keyOf(host: FooterHost): string {
  const urls = (host.src ?? '').split(/\s+/).filter(Boolean);
  return [...new Set(urls.map(absoluteUrl))].sort().join(' ');
}

function modeOf(host: FooterHost): FooterMode {
  return host.footer === 'show' || host.footer === 'hide' ? host.footer : 'auto';
}

/** Asks every element but `host` to decide again whether it shows its footer. */
function othersChanged(host: FooterHost): void {
  for (const other of hosts) if (other !== host) other.requestUpdate();
}

/** Every element on the page renders again (its language or its texts changed). */
export function renderAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Any `lang` attribute that changes in the page's tree or on an element: all render again. */
const langWatch = new MutationObserver(renderAll);
const LANG = { attributes: true, attributeFilter: ['lang'] };

/** An element was connected to the page. */
export function pageHostConnected(host: FooterHost): void {
  hosts.add(host);
  othersChanged(host);
  // The element itself too: inside another component's shadow root, the page's tree does not reach it.
  langWatch.observe(document.documentElement, { ...LANG, subtree: true });
  langWatch.observe(host, LANG);
}

/** An element was removed from the page. */
export function pageHostDisconnected(host: FooterHost): void {
  hosts.delete(host);
  othersChanged(host);
}

/** An element's sources or footer mode changed. */
export function footerHostChanged(host: FooterHost): void {
  if (hosts.has(host)) othersChanged(host);
}

/** Whether `host` shows its footer: not when an earlier element with the same sources shows it. */
export function showsFooter(host: FooterHost): boolean {
  const mode = modeOf(host);
  if (mode !== 'auto') return mode === 'show';
  const key = keyOf(host);
  if (!key) return true;
  for (const other of hosts) {
    if (other === host || !other.isConnected || modeOf(other) === 'hide' || keyOf(other) !== key) continue;
    // `host` follows `other`: the earlier one shows the footer.
    if (other.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
  }
  return true;
}
