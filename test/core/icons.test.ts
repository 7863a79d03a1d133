/**
 * Icons: beside the contacts, the places and the life situations of every element, drawn once their
 * module comes after the first render, in the space kept for them from the start; hidden from screen
 * readers (the words beside them say the same) and from the page with `--kpss-icons: none`. Styles
 * that arrive later (the icons, the catalogue's later templates, Leaflet's) keep one another.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { LIFE_SITUATIONS } from '../../src/catalogue/lexicon/situations.js';
import { clearCache } from '../../src/core/loader.js';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const drawn = (icon: Element | null | undefined) =>
  Boolean(icon) && getComputedStyle(icon as Element).maskImage.startsWith('url("data:image/svg+xml');
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function catalogue(style = ''): Promise<KpssCatalogue> {
  const wrapper = await fixture(
    `<div style="${style}"><kpss-catalogue src="/test/fixtures/catalogue.json"></kpss-catalogue></div>`,
  );
  const el = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
  await until(() => $$(el, '.results .card').length > 0);
  // The first render shows a phone's screenful of cards; the rest follow after it is painted.
  await el.updateComplete;
  return el;
}

describe('icons', () => {
  afterEach(() => clearCache());

  it('a catalogue draws the icons of contacts, places and every life situation, beside their words, unheard', async () => {
    const el = await catalogue();
    const phone = $$(el, '.card .contacts li:not([hidden]) .icon[data-icon="phone"]')[0];
    expect(phone, 'a card’s phone has its icon').to.not.equal(null);
    // The space is there from the first render (the base styles), whether the drawing has come or not.
    const size = phone!.getBoundingClientRect();
    const font = Number.parseFloat(getComputedStyle(phone!).fontSize);
    expect(size.width).to.be.closeTo(1.25 * font, 0.5);
    expect(size.height).to.be.closeTo(1.25 * font, 0.5);
    await until(() => drawn(phone));
    expect(drawn($$(el, '.card li:not([hidden]) .icon[data-icon="email"]')[0]), 'e-mail').to.equal(true);
    expect(drawn($(el, '.card .where .icon[data-icon="place"]')), 'place').to.equal(true);
    const situations = $$(el, '.situations button');
    expect(situations.length).to.equal(LIFE_SITUATIONS.length);
    for (const button of situations) {
      const icon = button.querySelector('.icon');
      expect(drawn(icon), `${button.textContent?.trim()}: its own drawing`).to.equal(true);
    }
    // Twelve situations, twelve drawings: none borrows another's.
    const drawings = new Set(situations.map((b) => getComputedStyle(b.querySelector('.icon')!).maskImage));
    expect(drawings.size).to.equal(LIFE_SITUATIONS.length);
    for (const icon of $$(el, '.icon')) {
      expect(icon.getAttribute('aria-hidden'), 'hidden from screen readers').to.equal('true');
      expect(icon.textContent, 'no text of its own').to.equal('');
      expect(icon.parentElement!.textContent!.trim(), 'words beside it').to.not.equal('');
    }
    await expect(el).shadowDom.to.be.accessible();
  });

  it('styles that come later keep one another: the icons, the detail’s and Leaflet’s', async () => {
    const el = await catalogue();
    await until(() => drawn($(el, '.card .icon[data-icon="phone"]')));
    $(el, '.card button.title')!.click();
    await until(() => $(el, 'dialog')?.hasAttribute('open') === true && $(el, '.detail-head') !== null);
    // The detail's styles (loaded after the first render) apply, and the icons are still drawn, in it too.
    expect(getComputedStyle($(el, '.detail-head')!).display).to.equal('flex');
    expect(drawn($(el, '.card .icon[data-icon="phone"]'))).to.equal(true);
    await until(() => drawn($(el, '.detail .contacts .icon')));

    // A map in plain DOM, as the map's own tests have it (a fixture's container and Leaflet don't mix).
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<kpss-map src="/test/fixtures/catalogue.json" tiles="${TILE}"></kpss-map>`;
    document.body.append(wrapper);
    const map = wrapper.querySelector('kpss-map')!;
    await until(() => $$(map, '.kpss-marker, .kpss-cluster').length > 0);
    $$(map, '.in-view button')
      .find((b) => b.textContent === 'Pečovatelská služba Nové Město')!
      .click();
    await until(() => $(map, '.leaflet-popup .contacts .icon') !== null);
    // The popup's contacts get their drawings; Leaflet's own rules still place its panes and popup.
    await until(() => drawn($(map, '.leaflet-popup .contacts .icon')));
    expect(getComputedStyle($(map, '.leaflet-pane')!).position).to.equal('absolute');
    expect(getComputedStyle($(map, '.leaflet-popup')!).position).to.equal('absolute');
    wrapper.remove();
  });

  it('a roster draws its members’ contact icons', async () => {
    const wrapper = await fixture(`<div><kpss-roster src="/test/fixtures/roster.json"></kpss-roster></div>`);
    const el = wrapper.querySelector('kpss-roster')!;
    await until(() => $(el, '.contacts .icon') !== null);
    await until(() => drawn($(el, '.contacts .icon')));
    expect($$(el, '.contacts .icon').every((icon) => icon.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('paints no squares in a browser that knows no masks: the colour only under @supports', async () => {
    const { iconStyles } = await import('../../src/core/icons.js');
    const rules = [...iconStyles.styleSheet!.cssRules];
    const painted = (rule: CSSRule) => rule instanceof CSSStyleRule && rule.style.backgroundColor !== '';
    expect(rules.some(painted), 'no colour outside @supports').to.equal(false);
    const guarded = rules.filter((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule);
    expect(guarded.length).to.equal(1);
    expect(guarded[0]!.conditionText).to.contain('-webkit-mask-image');
    expect([...guarded[0]!.cssRules].some(painted)).to.equal(true);
  });

  it('--kpss-icons: none hides them, and their space', async () => {
    const el = await catalogue('--kpss-icons: none');
    const icons = $$(el, '.icon');
    expect(icons.length).to.be.greaterThan(12);
    for (const icon of icons) expect(getComputedStyle(icon).display).to.equal('none');
    expect($(el, '.situations button')!.textContent!.trim()).to.not.equal('');
  });
});
