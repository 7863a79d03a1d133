/**
 * Keyboard only: every element is walked with Tab, Enter, Space and Escape
 * from a button placed before it; every stop shows a visible focus indicator.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { clearCache } from '../../src/core/loader.js';
import type { KpssDataset } from '../../src/core/types.js';
import type { KpssMap } from '../../src/map/map.js';
import { until } from '../helpers.js';
import { $, $$, mount, TILE, unmountAll } from './support.js';

/** The element that has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A visible focus indicator: an outline of at least 2 px, or a box shadow. */
function focusRing(el: Element): string | null {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) return null;
  if (style.boxShadow !== 'none') return null;
  return `${label(el)} has no visible focus (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`;
}

const label = (el: Element | null) =>
  el
    ? `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
    : 'nothing';

/** Presses Tab until `done` is true for the focused element; returns every stop (and checks its focus ring). */
async function tabTo(done: (el: Element) => boolean, max = 120, backwards = false): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < max; i++) {
    if (backwards) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (backwards) await sendKeys({ up: 'Shift' });
    const active = deepActive();
    if (!active) continue;
    stops.push(active);
    // The page's own buttons around the element keep the browser's look.
    if (active.getRootNode() instanceof ShadowRoot) expect(focusRing(active)).to.equal(null);
    if (done(active)) return stops;
  }
  throw new Error(
    `Not reached in ${max} presses of ${backwards ? 'Shift+' : ''}Tab; last stops: ${stops.slice(-5).map(label).join(', ')}`,
  );
}

/** Mounts `<button id="before">`, the element, `<button id="after">`, and focuses "before". */
async function walkable<T extends HTMLElement>(markup: string, tag: string): Promise<T> {
  const wrapper = await mount(`<div><button id="before">před</button>${markup}<button id="after">po</button></div>`);
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return wrapper.querySelector(tag) as T;
}

const startUrl = location.href;

describe('keyboard only', function () {
  this.timeout(30000);

  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', startUrl);
    clearCache();
  });

  it('<kpss-catalogue>: search, guide, filters and results in order; Enter opens the detail, Escape returns', async () => {
    const el = await walkable<KpssCatalogue>(
      `<kpss-catalogue src="/test/fixtures/catalogue.json"></kpss-catalogue>`,
      'kpss-catalogue',
    );
    await until(() => $$(el, '.card').length > 0);
    const stops = await tabTo((active) => active.matches('button.title'));
    const at = (selector: string) => stops.findIndex((stop) => stop.matches(selector));
    const order = ['#q', '.situations button', '#f-target', '#f-type', '#f-form', '#f-city', '#f-free', '#f-sort'];
    const positions = order.map(at);
    expect(
      positions.every((p) => p >= 0),
      `stops: ${stops.map(label).join(', ')}`,
    ).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(stops[0], 'the search field comes first').to.equal($(el, '#q'));
    // Every situation is a stop.
    expect(stops.filter((s) => s.matches('.situations button'))).to.have.length($$(el, '.situations button').length);

    const opener = deepActive() as HTMLElement;
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await until(() => dialog.open);
    await until(() => dialog.contains(deepActive()));
    expect(focusRing(deepActive() as Element)).to.equal(null);
    // Tab stays inside the open dialog.
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active?.localName === 'body' || active === document.documentElement) continue;
      expect(dialog.contains(active), `stop ${i}: ${label(active)}`).to.equal(true);
      expect(focusRing(active as Element)).to.equal(null);
    }
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    expect(deepActive()).to.equal(opener);

    // Space activates a filter chip's removal too: choose a situation with Space, remove it from its chip.
    const situation = $<HTMLButtonElement>(el, '.situations button');
    situation.focus();
    await sendKeys({ press: 'Space' });
    await until(() => situation.getAttribute('aria-pressed') === 'true');
    const chip = await tabTo((active) => active.matches('.chip'));
    expect(chip.length).to.be.greaterThan(0);
    await sendKeys({ press: 'Enter' });
    await until(() => situation.getAttribute('aria-pressed') === 'false');
    // The removed chip's button is gone: focus goes to the search field, not to the page's start.
    await until(() => deepActive() === $(el, '#q'));
  });

  it('<kpss-roster>: every contact and document is a stop, in order; names and titles are text', async () => {
    const el = await walkable<HTMLElement>(
      `<kpss-roster src="/test/fixtures/roster.json"></kpss-roster>`,
      'kpss-roster',
    );
    await until(() => $$(el, '.member').length > 0);
    const stops = await tabTo((active) => active.id === 'after', 200);
    const inside = stops.filter((stop) => el.shadowRoot!.contains(stop));
    const focusable = $$(el, 'button, a[href], input, select, [tabindex="0"]');
    expect(inside.map(label)).to.deep.equal(focusable.map(label));
    expect(focusable.filter((f) => f.matches('.contacts a'))).to.have.length($$(el, '.member .contacts a').length);
    expect(inside.filter((f) => f.matches('.member-name, .group-title'))).to.have.length(0);
  });

  it('<kpss-plan>: expand all with Enter, disclosures toggle with Enter and Space', async () => {
    const el = await walkable<HTMLElement>(`<kpss-plan src="/data/kladno-plan.json"></kpss-plan>`, 'kpss-plan');
    await until(() => $$(el, '.priority').length > 0);
    const expanded = (button: Element) => button.getAttribute('aria-expanded') === 'true';
    await tabTo((active) => active.matches('.expand-all'));
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.disclosure').every(expanded));
    expect($$(el, '.panel[hidden]')).to.have.length(0);

    const first = (await tabTo((active) => active.matches('.disclosure'))).at(-1) as HTMLElement;
    await sendKeys({ press: 'Space' });
    await until(() => !expanded(first));
    expect(deepActive(), 'focus stays on the toggle').to.equal(first);
    await sendKeys({ press: 'Enter' });
    await until(() => expanded(first));

    // Into the open priority (closing it closed its measures): a measure opens with Enter, closes with Space.
    const measureToggle = (await tabTo((active) => active.matches('.measure .disclosure'))).at(-1) as HTMLElement;
    expect(expanded(measureToggle)).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await until(() => expanded(measureToggle));
    // The open measure's content is reachable: its copy-link button is a stop.
    await tabTo((active) => active.matches('.copy-link'));
    await tabTo((active) => active === measureToggle, 30, true);
    await sendKeys({ press: 'Space' });
    await until(() => !expanded(measureToggle));

    await tabTo((active) => active.matches('.collapse-all'), 30, true);
    await sendKeys({ press: 'Enter' });
    await until(() => !$$(el, '.disclosure').some(expanded));
  });

  it('<kpss-map>: markers are stops; Enter opens the popup, Escape returns to the marker', async () => {
    const data: KpssDataset = {
      services: [
        ['a', 'Poradna Aš', 50.22, 12.19],
        ['b', 'Hospic Brno', 49.19, 16.6],
        ['c', 'Klub Ostrava', 49.83, 18.28],
      ].map(([id, name, lat, lon]) => ({
        id: id as string,
        name: name as string,
        type: 'odborne-socialni-poradenstvi',
        locations: [{ address: { city: name as string }, lat: lat as number, lon: lon as number }],
      })),
    };
    const el = await walkable<KpssMap>(`<kpss-map tiles="${TILE}"></kpss-map>`, 'kpss-map');
    el.data = data;
    await until(() => $$(el, '.kpss-marker').length === 3);
    const stops = await tabTo((active) => active.matches('.kpss-marker'));
    expect(stops[0], 'the controls come first').to.equal($(el, '.controls button'));
    const marker = stops.at(-1) as HTMLElement;
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.leaflet-popup') !== null && deepActive()?.localName === 'h3');
    expect($(el, '.leaflet-popup-content h3').textContent).to.equal(marker.getAttribute('title'));
    await sendKeys({ press: 'Escape' });
    await until(() => deepActive() === marker);
    expect(focusRing(marker)).to.equal(null);
    // The other markers and the zoom buttons follow.
    const rest = await tabTo((active) => active.matches('.leaflet-control-zoom-in'));
    expect(rest.filter((stop) => stop.matches('.kpss-marker'))).to.have.length(2);
    const map = (el as unknown as { map: import('leaflet').Map }).map;
    const zoom = map.getZoom();
    await sendKeys({ press: 'Enter' });
    await until(() => map.getZoom() > zoom);
  });
});
